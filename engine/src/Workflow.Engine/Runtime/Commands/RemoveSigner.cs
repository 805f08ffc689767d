namespace Workflow.Engine.Runtime.Commands;

/// <summary>减签: a signer who has not answered leaves an open multi-signer step.</summary>
public sealed record RemoveSigner(string InstanceId, string TaskId, Actor Actor, string UserId, string? Reason = null) : WorkflowCommand(InstanceId), IActorCommand;
