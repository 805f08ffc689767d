using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Web.Api.Contracts;

/// <summary>A task as the inbox and the case page show it.</summary>
public sealed record TaskView(
    string InstanceId,
    string TaskId,
    TaskKind Kind,
    string Title,
    TaskAssignee Assignee,
    TaskLifecycle Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    string? Outcome,
    string? ActorId,
    string? Comment,
    DateTimeOffset? ClosedAt)
{
    public static TaskView From(string instanceId, TaskState task) => new(
        instanceId,
        task.TaskId,
        task.Opened.Kind,
        task.Opened.Title,
        task.Opened.Assignee,
        task.Status,
        task.Opened.Outcomes,
        task.Opened.CommentRequiredFor,
        task.Opened.At,
        task.Opened.DueAt,
        task.Outcome,
        task.ActorId,
        task.Comment,
        task.ClosedAt);
}
