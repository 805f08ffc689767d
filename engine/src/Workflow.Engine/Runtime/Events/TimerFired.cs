namespace Workflow.Engine.Runtime.Events;

/// <summary>A due timer fired.</summary>
public sealed record TimerFired(string TimerId, DateTimeOffset At) : WorkflowEvent;
