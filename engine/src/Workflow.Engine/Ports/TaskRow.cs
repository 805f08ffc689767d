namespace Workflow.Engine.Ports;

/// <summary>
/// One inbox row, kept in step with the instance by the commit that changes it. <paramref name="Kind"/> is
/// <c>Approval</c> or <c>Referral</c>; <paramref name="Status"/> is <c>Open</c>, <c>Completed</c> or <c>Cancelled</c>.
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
    DateTimeOffset? DueAt);
