namespace Workflow.Engine.Runtime.Events;

/// <summary>转办: <paramref name="ToUserId"/> now holds the task for good; <paramref name="ActorId"/> no longer does.</summary>
public sealed record TaskTransferred(string TaskId, string ActorId, string ToUserId, string Reason, DateTimeOffset At) : WorkflowEvent;
