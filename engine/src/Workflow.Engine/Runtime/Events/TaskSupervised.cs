namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// 督办 of an overdue task: <paramref name="HandlerId"/> (the holder, if any) and the office one level above the
/// task's (<paramref name="SuperiorDivisionCode"/>) are notified.
/// </summary>
public sealed record TaskSupervised(
    string TaskId,
    string ActorId,
    string Reason,
    string? HandlerId,
    string? SuperiorDivisionCode,
    DateTimeOffset At) : WorkflowEvent;
