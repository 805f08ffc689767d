using System.Text.Json.Nodes;

namespace Workflow.Engine.Runtime.Events;

/// <summary>A delegate gave their opinion; the task stays open and returns to <paramref name="ReturnedTo"/> (the delegator).</summary>
public sealed record DelegateAnswered(
    string TaskId,
    string ActorId,
    string ReturnedTo,
    string Outcome,
    string? Comment,
    JsonObject? Data,
    DateTimeOffset At) : WorkflowEvent;
