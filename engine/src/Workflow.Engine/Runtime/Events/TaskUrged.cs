namespace Workflow.Engine.Runtime.Events;

/// <summary>催办: someone pressed the task's handlers; a notification goes out with the same commit.</summary>
public sealed record TaskUrged(string TaskId, string ActorId, string Message, DateTimeOffset At) : WorkflowEvent;
