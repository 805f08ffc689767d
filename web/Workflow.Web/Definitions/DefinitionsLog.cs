namespace Workflow.Web.Definitions;

/// <summary>Log messages of the definition versions, with stable event ids (1500–1599).</summary>
internal static partial class DefinitionsLog
{
    [LoggerMessage(1500, LogLevel.Information, "Published {Count} definition versions from the database")]
    public static partial void VersionsLoaded(ILogger logger, int count);

    [LoggerMessage(1501, LogLevel.Error, "Stored version {Version} of definition {DefinitionId} is no longer valid and was skipped: {Errors}")]
    public static partial void VersionRejected(ILogger logger, string definitionId, int version, string errors);
}
