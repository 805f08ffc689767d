using Workflow.Engine.Definitions;

namespace Workflow.Casework.Application.Views;

/// <summary>One published definition version. <paramref name="ActivityCount"/> counts nested activities, not the root.</summary>
public sealed record DefinitionSummary(string DefinitionId, int Version, string VersionId, string? Name, int ActivityCount)
{
    public static DefinitionSummary From(WorkflowDefinition definition) => new(
        definition.DefinitionId,
        definition.Version,
        definition.Id,
        definition.Name,
        definition.NodesById.Values.Count(n => !ReferenceEquals(n, definition.Root)));
}
