namespace Workflow.Engine.Runtime.Commands;

/// <summary>加签: another signer joins an open multi-signer step.</summary>
public sealed record AddSigner(string InstanceId, string TaskId, Actor Actor, string UserId, string? Reason = null) : WorkflowCommand(InstanceId), IActorCommand;
