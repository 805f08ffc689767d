using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>
/// The wf_tasks columns of one task, derived from the instance state. Two equal values mean the row need not be
/// written again. <see cref="AssigneeUserId"/> is the officer who acted on the task; the core has no claim yet, so an
/// open task has none.
/// </summary>
internal sealed record TaskColumnsRow(
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
    DateTimeOffset? DueAt,
    DateTimeOffset? ClosedAt)
{
    public static TaskColumnsRow Of(string instanceId, TaskState task)
    {
        var opened = task.Opened;
        return new(task.TaskId, instanceId, opened.Kind.ToString(), opened.Title, opened.Assignee.Post, opened.Assignee.Level,
            opened.Assignee.DivisionCode, opened.Assignee.DepartmentCode, task.Status.ToString(), task.ActorId, opened.At, task.DueAt,
            task.ClosedAt);
    }
}
