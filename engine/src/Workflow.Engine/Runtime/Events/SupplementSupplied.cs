namespace Workflow.Engine.Runtime.Events;

/// <summary>The applicant supplied the missing material; the auto-close timer is cancelled and the clocks count again.</summary>
public sealed record SupplementSupplied(string TaskId, string ActorId, IReadOnlyList<string> Supplied, DateTimeOffset At) : WorkflowEvent;
