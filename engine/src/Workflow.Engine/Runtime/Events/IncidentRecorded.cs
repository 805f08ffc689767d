namespace Workflow.Engine.Runtime.Events;

/// <summary>Something failed inside the instance (a fault activity, a runaway script, a bad input).</summary>
public sealed record IncidentRecorded(string? NodeId, string Code, string Message, DateTimeOffset At) : WorkflowEvent;
