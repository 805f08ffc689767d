namespace Workflow.Web.Definitions;

/// <summary>One published version and where it came from: the definitions folder, or published in the app.</summary>
public sealed record DefinitionVersionInfo(int Version, string? Name, int ActivityCount, bool FromDatabase, string? PublishedBy, DateTimeOffset? PublishedAt);
