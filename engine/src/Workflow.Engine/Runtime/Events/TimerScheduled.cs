namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A durable timer row is due at <paramref name="DueAt"/>. It either resumes a bookmark (a delay, a public notice)
/// or, with <paramref name="ClockId"/> and <paramref name="Warning"/>, raises a legal-clock warning.
/// </summary>
public sealed record TimerScheduled(string TimerId, string? BookmarkId, DateTimeOffset DueAt, string? ClockId = null, ClockWarning? Warning = null)
    : WorkflowEvent;
