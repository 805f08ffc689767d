namespace Workflow.Engine.Runtime.Commands;

/// <summary>撤回: the user who answered the step before TaskId takes it back, while nobody has touched TaskId yet.</summary>
public sealed record WithdrawTask(string InstanceId, string TaskId, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
