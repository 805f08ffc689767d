namespace Workflow.Engine.Runtime.Events;

/// <summary>减签: a signer who has not answered leaves an open multi-signer step.</summary>
public sealed record SignerRemoved(string TaskId, string UserId, string ActorId, string? Reason, DateTimeOffset At) : WorkflowEvent;
