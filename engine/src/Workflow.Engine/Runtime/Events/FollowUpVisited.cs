namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A follow-up visit task (<paramref name="TaskId"/>) was recorded as visited: <paramref name="Visits"/> visits of the
/// schedule are done. The last one ends the schedule.
/// </summary>
public sealed record FollowUpVisited(string ScopeId, string ActivityId, string TaskId, int Visits) : WorkflowEvent;
