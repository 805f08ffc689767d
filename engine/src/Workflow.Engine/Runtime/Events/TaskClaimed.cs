namespace Workflow.Engine.Runtime.Events;

/// <summary>A user took an open task from the shared queue (认领); until released, only they act on it.</summary>
public sealed record TaskClaimed(string TaskId, string ActorId, DateTimeOffset At) : WorkflowEvent;
