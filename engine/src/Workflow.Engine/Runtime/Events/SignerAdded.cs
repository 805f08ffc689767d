namespace Workflow.Engine.Runtime.Events;

/// <summary>加签: another signer joins an open multi-signer step, after the existing ones.</summary>
public sealed record SignerAdded(string TaskId, string UserId, string ActorId, string? Reason, DateTimeOffset At) : WorkflowEvent;
