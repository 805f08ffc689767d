namespace Workflow.Engine.Runtime.Events;

/// <summary>One signer of a multi-signer step (会签/或签/票签/依次审批) answered; the step decides when its rule is met.</summary>
public sealed record SignerAnswered(string TaskId, string UserId, string Outcome, string? Comment, DateTimeOffset At) : WorkflowEvent;
