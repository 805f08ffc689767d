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

    /// <summary>Null when nobody is left to warn (the case's clock with no open task).</summary>
    public static OutboxMessage? Warning(IInstanceView instance, ClockWarningRaised e)
    {
        var step = instance.Clocks.GetValueOrDefault(e.ClockId)?.TaskId is { } taskId ? instance.Tasks.GetValueOrDefault(taskId) : null;
        var tasks = step is not null ? [step] : instance.Tasks.Values.Where(t => t.Status == TaskLifecycle.Open).ToList();
        if (tasks.Count == 0)
        {
            return null;
        }
        var audiences = tasks.Select(t => Audience(TaskAuthority.Of(t, e.At))).ToList();
        var recipients = audiences.SelectMany(a => a.Named).Distinct(StringComparer.Ordinal).ToList();
        var first = tasks[0].Opened;
        var body = new ClockWarningNotice(e.ClockId, instance.InstanceId, step?.TaskId, step?.Opened.Title ?? first.Title, e.Level.ToString(), recipients,
            first.Assignee.Post, first.Assignee.DivisionCode, e.DueAt, e.At)
        {
            DepartmentCode = first.Assignee.DepartmentCode,
            OpenTo = audiences[0].OpenTo,
        };
        return new OutboxMessage($"clock-warning:{instance.InstanceId}:{e.ClockId}:{e.Level}:{OutboxPlanner.Stamp(e.At)}", instance.InstanceId,
            OutboxPlanner.ClockWarningType, null, JsonSerializer.Serialize(body, OutboxPlanner.Json), e.At);
    }

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
