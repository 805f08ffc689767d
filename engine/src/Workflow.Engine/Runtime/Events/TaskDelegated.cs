namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// 委派: <paramref name="ToUserId"/> holds the task until they give their opinion; then it returns to
/// <paramref name="ActorId"/>, who decides.
/// </summary>
public sealed record TaskDelegated(string TaskId, string ActorId, string ToUserId, string Reason, DateTimeOffset At) : WorkflowEvent;
