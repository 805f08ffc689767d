namespace Workflow.Engine.Runtime.Events;

/// <summary>The claimer put the task back in the shared queue (释放).</summary>
public sealed record TaskReleased(string TaskId, string ActorId, DateTimeOffset At) : WorkflowEvent;
