using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>A durable timer that has not fired yet: for a bookmark, a clock warning, or a supplement's auto-close (<paramref name="TaskId"/>).</summary>
public sealed record TimerState(
    string TimerId,
    string? BookmarkId,
    DateTimeOffset DueAt,
    string? ClockId = null,
    ClockWarning? Warning = null,
    string? TaskId = null);
