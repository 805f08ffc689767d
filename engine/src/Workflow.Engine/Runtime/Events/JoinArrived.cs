namespace Workflow.Engine.Runtime.Events;

/// <summary>An inbound edge of a join resolved: taken (live) or not taken (dead).</summary>
public sealed record JoinArrived(string ScopeId, string ActivityId, int EdgeIndex, bool Live) : WorkflowEvent;
