namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A durable timer row is due at <paramref name="DueAt"/>. It either resumes a bookmark (a delay, a public notice)
/// or, with <paramref name="ClockId"/> and <paramref name="Warning"/>, raises a legal-clock warning, or, with
/// <paramref name="TaskId"/>, closes the case when a supplement (补正) was not supplied in time.
/// </summary>
public sealed record TimerScheduled(
    string TimerId,
    string? BookmarkId,
    DateTimeOffset DueAt,
    string? ClockId = null,
    ClockWarning? Warning = null,
    string? TaskId = null)
    : WorkflowEvent;
