namespace Workflow.Engine.Runtime.Events;

/// <summary>A deputy's cover (代理) on a task ended early, at <paramref name="At"/>: from then on they stand on it no more.</summary>
public sealed record CoverEnded(string TaskId, string DeputyId, string ActorId, DateTimeOffset At) : WorkflowEvent;
