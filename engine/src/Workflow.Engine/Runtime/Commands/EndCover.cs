namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// Leave cover (代理) ended early: <paramref name="DeputyId"/> no longer stands on the task for <paramref name="CoveredUserId"/>,
/// who cleared the arrangement before its planned end. Issued by the host for each open task the cover reached.
/// </summary>
public sealed record EndCover(string InstanceId, string TaskId, string DeputyId, string CoveredUserId, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
