using System.Text.Json;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;
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
        var body = new TaskArrivedNotice(e.TaskId, instanceId, e.Title, e.Candidates.Select(c => c.UserId).Distinct(StringComparer.Ordinal).ToList(),
            e.Assignee.Post, e.Assignee.DivisionCode, e.DueAt, e.At);
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
        var recipients = tasks.SelectMany(Handlers).Distinct(StringComparer.Ordinal).ToList();
        var first = tasks[0].Opened;
        var body = new ClockWarningNotice(e.ClockId, instance.InstanceId, step?.TaskId, step?.Opened.Title ?? first.Title, e.Level.ToString(), recipients,
            first.Assignee.Post, first.Assignee.DivisionCode, e.DueAt, e.At);
        return new OutboxMessage($"clock-warning:{instance.InstanceId}:{e.ClockId}:{e.Level}:{OutboxPlanner.Stamp(e.At)}", instance.InstanceId,
            OutboxPlanner.ClockWarningType, null, JsonSerializer.Serialize(body, OutboxPlanner.Json), e.At);
    }

    /// <summary>Who answers for a task now: its holder, or else its candidates (empty: whoever holds the post).</summary>
    public static IReadOnlyList<string> Handlers(TaskState task) =>
        task.Holder is { } holder ? [holder] : task.Opened.Candidates.Select(c => c.UserId).Distinct(StringComparer.Ordinal).ToList();
}
