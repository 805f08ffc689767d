namespace Workflow.Engine.Runtime.Events;

/// <summary>An approval chain resolved which levels act for this case, from the routing table.</summary>
public sealed record ChainStarted(string ScopeId, string ActivityId, IReadOnlyList<ChainLevel> Levels, string RuleSource) : WorkflowEvent;
