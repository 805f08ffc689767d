namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// 撤回: the user who answered <paramref name="PreviousTaskId"/> took it back before anyone touched the next task
/// <paramref name="TaskId"/> (now cancelled); <paramref name="NewTaskId"/> reopens the previous step for them.
/// </summary>
public sealed record TaskWithdrawn(string TaskId, string PreviousTaskId, string NewTaskId, string ActorId, DateTimeOffset At) : WorkflowEvent;
