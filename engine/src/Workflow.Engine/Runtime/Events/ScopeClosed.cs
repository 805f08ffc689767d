namespace Workflow.Engine.Runtime.Events;

/// <summary>A flowchart had nothing left to run or wait for, or was cut short by an end.</summary>
public sealed record ScopeClosed(string ScopeId) : WorkflowEvent;
