namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// 一次性告知补正: everything missing, in one notice. The clocks pause for 补正材料 and the case closes itself when
/// timer <paramref name="TimerId"/> fires at <paramref name="AutoCloseAt"/> (<paramref name="AutoCloseDays"/> calendar days).
/// </summary>
public sealed record SupplementRequested(
    string TaskId,
    string ActorId,
    IReadOnlyList<string> Missing,
    int AutoCloseDays,
    string TimerId,
    DateTimeOffset AutoCloseAt,
    DateTimeOffset At) : WorkflowEvent;
