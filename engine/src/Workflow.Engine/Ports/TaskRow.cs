namespace Workflow.Engine.Ports;

/// <summary>
/// One inbox row, kept in step with the instance by the commit that changes it. <paramref name="Kind"/> is
/// <c>Approval</c> or <c>Referral</c>; <paramref name="Status"/> is <c>Open</c>, <c>Completed</c> or <c>Cancelled</c>.
/// <paramref name="AssigneeUserId"/> is the decider once closed, and the holder while open.
/// </summary>
public sealed record TaskRow(
    string TaskId,
    string InstanceId,
    string Kind,
    string Title,
    string? Post,
    string? Level,
    string? DivisionCode,
    string? DepartmentCode,
    string Status,
    string? AssigneeUserId,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt)
{
    /// <summary>Who claimed the task (认领), or received it by transfer.</summary>
    public string? ClaimedBy { get; init; }

    /// <summary>Who may act on it now: the claimer, a transfer's target, or a delegate.</summary>
    public string? HolderUserId { get; init; }
}
