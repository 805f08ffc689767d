namespace Workflow.Engine.Runtime.Events;

/// <summary>The case reached its end: finished normally, faulted or cancelled.</summary>
public sealed record InstanceFinished(WorkflowSubStatus SubStatus, DateTimeOffset At) : WorkflowEvent;
