namespace Workflow.Web.Definitions;

/// <summary>Log messages of the definition versions, with stable event ids (1500–1599).</summary>
internal static partial class DefinitionsLog
{
    [LoggerMessage(1500, LogLevel.Information, "Published {Count} definition versions from the database")]
    public static partial void VersionsLoaded(ILogger logger, int count);

    [LoggerMessage(1501, LogLevel.Error, "Stored version {Version} of definition {DefinitionId} is no longer valid and was skipped: {Errors}")]
    public static partial void VersionRejected(ILogger logger, string definitionId, int version, string errors);

    [LoggerMessage(1502, LogLevel.Information, "Published version {Version} of definition {DefinitionId} arrived from another host")]
    public static partial void VersionArrived(ILogger logger, string definitionId, int version);

    [LoggerMessage(1503, LogLevel.Warning, "Could not read the published definition versions; trying again at the next interval")]
    public static partial void SyncFailed(ILogger logger, Exception exception);
}
