namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A legal clock (办结时限) started: the whole case (<c>case</c>) or one step (the task id). The deadline is stored with
/// the calendar version that computed it, so a later calendar change never moves it silently.
/// </summary>
public sealed record ClockStarted(string ClockId, string? TaskId, int LimitWorkingDays, DateTimeOffset DueAt, string CalendarVersion, DateTimeOffset At, string? DivisionCode = null)
    : WorkflowEvent;
