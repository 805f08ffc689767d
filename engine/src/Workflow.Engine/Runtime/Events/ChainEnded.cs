namespace Workflow.Engine.Runtime.Events;

/// <summary>An approval chain finished with an outcome.</summary>
public sealed record ChainEnded(string ScopeId, string ActivityId, string Outcome) : WorkflowEvent;
