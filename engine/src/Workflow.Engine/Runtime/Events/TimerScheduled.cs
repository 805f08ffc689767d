namespace Workflow.Engine.Runtime.Events;

/// <summary>A durable timer row is due at <paramref name="DueAt"/>; firing it resumes the bookmark.</summary>
public sealed record TimerScheduled(string TimerId, string BookmarkId, DateTimeOffset DueAt) : WorkflowEvent;
