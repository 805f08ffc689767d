namespace Workflow.Engine.Runtime.Commands;

/// <summary>委派: let another user give an opinion; the task then comes back to the delegator, who decides.</summary>
public sealed record DelegateTask(string InstanceId, string TaskId, Actor Actor, string ToUserId, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
