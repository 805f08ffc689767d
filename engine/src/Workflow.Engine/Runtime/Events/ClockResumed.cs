namespace Workflow.Engine.Runtime.Events;

/// <summary>A paused clock counts again; the deadline moved by the working days it stood still.</summary>
public sealed record ClockResumed(string ClockId, string ActorId, DateTimeOffset NewDueAt, string CalendarVersion, DateTimeOffset At) : WorkflowEvent;
