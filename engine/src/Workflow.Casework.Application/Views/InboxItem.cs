using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// An inbox row: the task as the inbox index holds it, without the case's content. <see cref="Kind"/> is
/// <c>Approval</c> or <c>Referral</c>; the case page (<c>GET /api/instances/{id}</c>) has the outcomes and history.
/// </summary>
public sealed record InboxItem(
    string InstanceId,
    string TaskId,
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
    public static InboxItem From(TaskRow row) => new(
        row.InstanceId, row.TaskId, row.Kind, row.Title, row.Post, row.Level, row.DivisionCode, row.DepartmentCode, row.Status,
        row.AssigneeUserId, row.OpenedAt, row.DueAt);
}
