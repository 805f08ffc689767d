namespace Workflow.Engine.Runtime.Events;

/// <summary>A clock ended because its step or case ended.</summary>
public sealed record ClockStopped(string ClockId, DateTimeOffset At) : WorkflowEvent;
