namespace Workflow.Web.Definitions;

/// <summary>
/// What changed between two versions of a definition, by activity id: activities added, removed or changed (the
/// changed top-level fields are named; moving a node on the canvas is not a change), and connections added or removed.
/// </summary>
public sealed record DefinitionDiff(
    IReadOnlyList<ActivityChange> Added,
    IReadOnlyList<ActivityChange> Removed,
    IReadOnlyList<ActivityChange> Changed,
    IReadOnlyList<string> ConnectionsAdded,
    IReadOnlyList<string> ConnectionsRemoved)
{
    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count + ConnectionsAdded.Count + ConnectionsRemoved.Count == 0;
}
