namespace Workflow.Engine.Messaging.Contracts;

/// <summary>
/// Sent to a department's own queue (<c>dept.{DepartmentCode}</c>) when a task is assigned to it: a referral (转办)
/// or a department approval step. The department answers with <see cref="DepartmentReply"/>.
/// </summary>
/// <param name="TaskId">Quote it in the reply.</param>
/// <param name="InstanceId">The case; quote it in the reply.</param>
/// <param name="DepartmentCode">The department that owns the task, e.g. <c>district-education</c>.</param>
/// <param name="DivisionCode">The 12-digit code of the department's office for this case.</param>
/// <param name="Outcomes">The outcomes a reply may give.</param>
/// <param name="DueAt">The legal deadline, counted in working days.</param>
public sealed record TaskAssigned(
    string TaskId,
    string InstanceId,
    string DepartmentCode,
    string? DepartmentName,
    string Title,
    string? DivisionCode,
    IReadOnlyList<string> Outcomes,
    DateTimeOffset? DueAt,
    DateTimeOffset AssignedAt);
