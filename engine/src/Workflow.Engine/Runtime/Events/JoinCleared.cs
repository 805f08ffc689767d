namespace Workflow.Engine.Runtime.Events;

/// <summary>A join fired or gave up, and forgets its arrivals for the next round.</summary>
public sealed record JoinCleared(string ScopeId, string ActivityId, bool Fired) : WorkflowEvent;
