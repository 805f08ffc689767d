using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>A running flowchart: its locals, the joins waiting in it, and the containers waiting for child scopes.</summary>
public sealed class ScopeState
{
    public required string ScopeId { get; init; }

    public string? ParentScopeId { get; init; }

    public required string FlowchartNodeId { get; init; }

    public string? OwnerActivityId { get; init; }

    public Dictionary<string, JsonNode?> Locals { get; init; } = [];

    /// <summary>Per join node id: the state of each inbound edge since the last time it fired.</summary>
    public Dictionary<string, JoinState> Joins { get; } = [];

    /// <summary>Per container activity id: how many child scopes are still open.</summary>
    public Dictionary<string, int> OpenContainers { get; } = [];

    /// <summary>Per approval chain activity id: the levels and the current step.</summary>
    public Dictionary<string, ChainState> Chains { get; } = [];

    /// <summary>Per follow-up visits activity id: the schedule in progress (issue 11).</summary>
    public Dictionary<string, FollowUpState> FollowUps { get; } = [];
}
