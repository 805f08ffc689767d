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
}
