namespace Workflow.Engine.Runtime.Events;

/// <summary>An objection was received during a public notice (公示).</summary>
public sealed record ObjectionRecorded(string BookmarkId, string ActivityId, string ActorId, string Text, DateTimeOffset At) : WorkflowEvent;
