namespace Workflow.Engine.Runtime.Commands;

/// <summary>催办: press the task's handlers; a notification goes out.</summary>
public sealed record UrgeTask(string InstanceId, string TaskId, Actor Actor, string Message) : WorkflowCommand(InstanceId), IActorCommand;
