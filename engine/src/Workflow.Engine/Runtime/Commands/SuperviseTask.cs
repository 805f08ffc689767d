namespace Workflow.Engine.Runtime.Commands;

/// <summary>督办: an overdue task's handler and the office above are notified.</summary>
public sealed record SuperviseTask(string InstanceId, string TaskId, Actor Actor, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
