using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>An officer decided a task, or a multi-signer step's rule was met (then <see cref="Tally"/> says how); the task is closed.</summary>
public sealed record DecisionRecorded(
    string TaskId,
    string ActorId,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    DateTimeOffset At) : WorkflowEvent
{
    public SignTally? Tally { get; init; }

    /// <summary>Leave cover (代理, issue 12): whom the deciding deputy stood in for ("代 X 办理"); null otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? OnBehalfOf { get; init; }
}
