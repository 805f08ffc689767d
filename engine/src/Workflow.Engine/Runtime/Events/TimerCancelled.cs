namespace Workflow.Engine.Runtime.Events;

/// <summary>A timer will not fire, because what it waited for ended another way.</summary>
public sealed record TimerCancelled(string TimerId) : WorkflowEvent;
