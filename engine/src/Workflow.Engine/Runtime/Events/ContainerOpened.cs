namespace Workflow.Engine.Runtime.Events;

/// <summary>A container activity started child scopes and waits for all of them.</summary>
public sealed record ContainerOpened(string ScopeId, string ActivityId, int Children) : WorkflowEvent;
