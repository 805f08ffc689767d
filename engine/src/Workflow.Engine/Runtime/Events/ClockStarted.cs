namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A legal clock (办结时限) started: the whole case (<c>case</c>) or one step (the task id). The deadline is stored with
/// the calendar version that computed it, so a later calendar change never moves it silently.
/// <paramref name="LimitWorkingDays"/> is the limit in <see cref="Unit"/> (the name predates units and is kept for the
/// stored events).
/// </summary>
public sealed record ClockStarted(string ClockId, string? TaskId, int LimitWorkingDays, DateTimeOffset DueAt, string CalendarVersion, DateTimeOffset At, string? DivisionCode = null)
    : WorkflowEvent
{
    /// <summary>What the limit counts; absent (working days) in events written before units existed, and for working days.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public TimeLimitUnit Unit { get; init; }
}
