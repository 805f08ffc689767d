namespace Workflow.Engine.State;

/// <summary>A durable timer that has not fired yet.</summary>
public sealed record TimerState(string TimerId, string BookmarkId, DateTimeOffset DueAt);
