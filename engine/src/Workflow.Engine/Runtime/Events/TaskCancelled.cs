namespace Workflow.Engine.Runtime.Events;

/// <summary>An open task was closed without a decision (the flowchart ended around it).</summary>
public sealed record TaskCancelled(string TaskId, string Reason) : WorkflowEvent;
