namespace Workflow.Engine.Runtime.Commands;

/// <summary>释放: the claimer puts the task back in the shared queue.</summary>
public sealed record ReleaseTask(string InstanceId, string TaskId, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
