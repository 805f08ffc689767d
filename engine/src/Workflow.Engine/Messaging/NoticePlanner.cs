using System.Text.Json;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging;

/// <summary>
/// The notices people read in the message centre (issue 12): a task arriving, a copy (抄送) and a clock turning yellow or
/// red. Pure like <see cref="OutboxPlanner"/>, whose table of message types it extends; each id is derived from the event,
/// so a replayed command cannot publish a second, different id.
/// </summary>
internal static class NoticePlanner
{
    public static OutboxMessage Arrived(string instanceId, TaskOpened e)
    {
        var (named, openTo) = Audience(TaskAuthority.Of(e, e.At));
        var body = new TaskArrivedNotice(e.TaskId, instanceId, e.Title, named, e.Assignee.Post, e.Assignee.DivisionCode, e.DueAt, e.At)
        {
            DepartmentCode = e.Assignee.DepartmentCode,
            OpenTo = openTo,
        };
        return new OutboxMessage($"task-arrived:{e.TaskId}", instanceId, OutboxPlanner.TaskArrivedType, null, JsonSerializer.Serialize(body, OutboxPlanner.Json), e.At);
    }

    public static OutboxMessage Copied(string instanceId, TaskCopied e, TaskState task)
    {
        var body = new TaskCopiedNotice(task.TaskId, instanceId, task.Opened.Title, e.ActorId, e.UserIds.Distinct(StringComparer.Ordinal).ToList(), e.Note, e.At);
        return new OutboxMessage($"task-copied:{task.TaskId}:{OutboxPlanner.Stamp(e.At)}:{e.ActorId}", instanceId, OutboxPlanner.TaskCopiedType, null,
            JsonSerializer.Serialize(body, OutboxPlanner.Json), e.At);
    }

    /// <summary>
    /// A step's clock warns its task's people; the case's clock warns every open task's, one notice per task, so each
    /// task's office is told (none when no task is open). A step's notice keeps the id it always had; a case clock's
    /// notice adds the task it is about, so each is unique and the same on a replay.
    /// </summary>
    public static IEnumerable<OutboxMessage> Warnings(IInstanceView instance, ClockWarningRaised e)
    {
        var step = instance.Clocks.GetValueOrDefault(e.ClockId)?.TaskId is { } taskId ? instance.Tasks.GetValueOrDefault(taskId) : null;
        IEnumerable<TaskState> tasks = step is not null ? [step] : instance.Tasks.Values.Where(t => t.Status == TaskLifecycle.Open).OrderBy(t => t.TaskId, StringComparer.Ordinal);
        foreach (var task in tasks)
        {
            var (named, openTo) = Audience(TaskAuthority.Of(task, e.At));
            var a = task.Opened.Assignee;
            var body = new ClockWarningNotice(e.ClockId, instance.InstanceId, step?.TaskId, task.Opened.Title, e.Level.ToString(), named,
                a.Post, a.DivisionCode, e.DueAt, e.At)
            {
                DepartmentCode = a.DepartmentCode,
                OpenTo = openTo,
                OpenTaskId = step is null ? task.TaskId : null,
            };
            yield return new OutboxMessage(WarningId(body), instance.InstanceId, OutboxPlanner.ClockWarningType, null,
                JsonSerializer.Serialize(body, OutboxPlanner.Json), e.At);
        }
    }

    /// <summary>The outbox id of a clock warning, which the message centre's row key repeats.</summary>
    public static string WarningId(ClockWarningNotice n) =>
        $"clock-warning:{n.InstanceId}:{n.ClockId}:{n.Level}:{OutboxPlanner.Stamp(n.At)}{(n.OpenTaskId is { } t ? ":" + t : "")}";

    /// <summary>
    /// Who a notice about a task is for, by <see cref="TaskAuthority"/>: the people it names now (its holder, else who
    /// may take it, the signers due and their deputies), and the office told besides (<see cref="NoticeOpenTo"/>).
    /// </summary>
    public static (IReadOnlyList<string> Named, string OpenTo) Audience(TaskAuthority.Facts task)
    {
        var office = task.Holder is null ? TaskAuthority.OpenOffice(task) : null;
        var openTo = office is null ? NoticeOpenTo.None : office.DepartmentCode is not null ? NoticeOpenTo.Department : NoticeOpenTo.Post;
        return (TaskAuthority.Named(task), openTo);
    }
}
