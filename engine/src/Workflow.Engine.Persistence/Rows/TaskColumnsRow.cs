using Workflow.Engine.Runtime;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>
/// The wf_tasks columns of one task, derived from the instance state, and its wf_task_users rows encoded in
/// <see cref="Users"/>. Two equal values mean the rows need not be written again. <see cref="AssigneeUserId"/> is the
/// officer who decided a closed task, and the holder of an open one (so "my tasks" lists what a user claimed).
/// <see cref="Audience"/> is who the task is open to when nobody holds it (<see cref="TaskAuthority.AudienceOf"/>).
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
    DateTimeOffset? ClosedAt,
    string? ClaimedBy = null,
    string? HolderUserId = null,
    string Users = "",
    string Audience = TaskColumnsRow.Office)
{
    /// <summary>The values of <c>wf_tasks.audience</c>, one per <see cref="TaskAudience"/>: who an unheld task is open to.</summary>
    public const string Office = "office";

    public static string AudienceCode(TaskAudience audience) => audience switch
    {
        TaskAudience.Named => "named",
        TaskAudience.Nobody => "nobody",
        _ => Office,
    };

    public static TaskColumnsRow Of(string instanceId, TaskState task)
    {
        var opened = task.Opened;
        return new(task.TaskId, instanceId, opened.Kind.ToString(), opened.Title, opened.Assignee.Post, opened.Assignee.Level,
            opened.Assignee.DivisionCode, opened.Assignee.DepartmentCode, task.Status.ToString(), task.ActorId ?? task.Holder, opened.At,
            task.DueAt, task.ClosedAt, task.ClaimedBy, task.Holder, TaskUsers.Encode(task),
            AudienceCode(TaskAuthority.AudienceOf(TaskAuthority.Of(task, at: null))));
    }
}
