namespace Workflow.Engine.Runtime.Events;

/// <summary>A clock turned yellow (its limit is near) or red (its limit has passed). <see cref="Rule"/> says which rule fired.</summary>
public sealed record ClockWarningRaised(string ClockId, ClockWarning Level, DateTimeOffset DueAt, DateTimeOffset At) : WorkflowEvent
{
    public string? Rule { get; init; }
}
