namespace Workflow.Engine.Runtime.Commands;

/// <summary>转办: hand the task to another user for good.</summary>
public sealed record TransferTask(string InstanceId, string TaskId, Actor Actor, string ToUserId, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
