using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>An officer decided a task; the task is closed.</summary>
public sealed record DecisionRecorded(
    string TaskId,
    string ActorId,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    DateTimeOffset At) : WorkflowEvent;
