using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>A durable timer that has not fired yet: for a bookmark, or for a clock warning.</summary>
public sealed record TimerState(string TimerId, string? BookmarkId, DateTimeOffset DueAt, string? ClockId = null, ClockWarning? Warning = null);
