namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// <c>Gov.FollowUpVisits</c> set the durable timer (a timer bookmark beside this event) for visit
/// <paramref name="Visit"/> of <paramref name="Times"/>, due at <paramref name="DueAt"/>.
/// </summary>
public sealed record FollowUpScheduled(string ScopeId, string ActivityId, int Visit, int Times, DateTimeOffset DueAt) : WorkflowEvent;
