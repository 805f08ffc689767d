namespace Workflow.Engine.Runtime.Events;

/// <summary>A clock stopped counting: 补正材料, 公示 or 核对. Paused time does not count against the limit.</summary>
public sealed record ClockPaused(string ClockId, string Reason, string ActorId, DateTimeOffset At) : WorkflowEvent;
