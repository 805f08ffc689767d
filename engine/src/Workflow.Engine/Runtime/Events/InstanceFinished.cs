namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// The case reached its end: finished normally, faulted, cancelled, withdrawn (撤销), terminated (终止) or closed for
/// missing material. An ending by hand names its actor and reason; an automatic one names the rule that fired.
/// </summary>
public sealed record InstanceFinished(WorkflowSubStatus SubStatus, DateTimeOffset At) : WorkflowEvent
{
    public string? ActorId { get; init; }

    public string? Reason { get; init; }

    public string? Rule { get; init; }
}
