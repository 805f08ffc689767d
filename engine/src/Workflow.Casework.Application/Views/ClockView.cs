using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// A running legal clock (办结时限): <c>case</c> for the whole case, else the step's task id; paused with its reason,
/// for the 暂停/恢复计时 and 延期 forms.
/// </summary>
public sealed record ClockView(string ClockId, string? TaskId, TimeLimitUnit Unit, DateTimeOffset DueAt, DateTimeOffset? PausedAt, string? PauseReason);
