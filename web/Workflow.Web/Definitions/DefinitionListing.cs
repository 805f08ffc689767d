using Workflow.Engine.Persistence.DefinitionDocuments;

namespace Workflow.Web.Definitions;

/// <summary>A definition on the administrator's list: its published versions (oldest first) and its draft, if any.</summary>
public sealed record DefinitionListing(
    string DefinitionId,
    string? Name,
    IReadOnlyList<DefinitionVersionInfo> Versions,
    DefinitionDocument? Draft)
{
    public int LatestVersion => Versions.Count == 0 ? 0 : Versions.Max(v => v.Version);
}
