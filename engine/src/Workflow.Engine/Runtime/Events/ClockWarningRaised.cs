namespace Workflow.Engine.Runtime.Events;

/// <summary>A clock turned yellow (its limit is near) or red (its limit has passed).</summary>
public sealed record ClockWarningRaised(string ClockId, ClockWarning Level, DateTimeOffset DueAt, DateTimeOffset At) : WorkflowEvent;
