using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A flowchart began running: the root, a nested flowchart, or one iteration of a loop body.</summary>
/// <param name="FlowchartNodeId">The node id of the activity that owns the flowchart.</param>
/// <param name="OwnerActivityId">The container activity in the parent scope that waits for this one.</param>
public sealed record ScopeOpened(
    string ScopeId,
    string? ParentScopeId,
    string FlowchartNodeId,
    string? OwnerActivityId,
    IReadOnlyDictionary<string, JsonNode?>? Locals) : WorkflowEvent;
