using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging;

/// <summary>
/// Decides which messages a command's events owe the outside world. It is pure, so the messages are known before
/// the commit and written in the same transaction as the events.
/// </summary>
public static class OutboxPlanner
{
    public const string TaskUrgedType = "TaskUrged";

    public const string TaskSupervisedType = "TaskSupervised";

    public const string WorkflowFinishedType = "WorkflowFinished";

    /// <summary>待办到达 for the people who may act (issue 12's message centre); a department's task also sends <see cref="TaskAssigned"/>.</summary>
    public const string TaskArrivedType = "TaskArrived";

    public const string TaskCopiedType = "TaskCopied";

    public const string ClockWarningType = "ClockWarning";

    /// <summary>The variable whose value <see cref="WorkflowFinished.Result"/> carries, e.g. <c>approved</c>.</summary>
    public const string ResultVariable = "result";

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<OutboxMessage> Plan(string instanceId, IReadOnlyList<WorkflowEvent> events) => Plan(instanceId, events, null);

    /// <summary>With <paramref name="instance"/> (the state after the events), urging and supervising can name the task's people.</summary>
    public static IReadOnlyList<OutboxMessage> Plan(string instanceId, IReadOnlyList<WorkflowEvent> events, IInstanceView? instance)
    {
        List<OutboxMessage>? messages = null;
        foreach (var e in events)
        {
            switch (e)
            {
                case TaskOpened { Assignee.DepartmentCode: { Length: > 0 } department } opened:
                    var message = new TaskAssigned(opened.TaskId, instanceId, department, opened.Assignee.DepartmentName, opened.Title,
                        opened.Assignee.DivisionCode, opened.Outcomes, opened.DueAt, opened.At);
                    // The message id is derived from the task, so a replayed command cannot publish a second, different id.
                    (messages ??= []).Add(new OutboxMessage($"task-assigned:{opened.TaskId}", instanceId, nameof(TaskAssigned),
                        DepartmentQueues.For(department), JsonSerializer.Serialize(message, Json), opened.At));
                    // Its officers are told in the message centre too, like anyone a task opens for (TaskAuthority).
                    messages.Add(NoticePlanner.Arrived(instanceId, opened));
                    break;
                case TaskOpened arrived:
                    (messages ??= []).Add(NoticePlanner.Arrived(instanceId, arrived));
                    break;
                case TaskCopied copied when instance?.Tasks.GetValueOrDefault(copied.TaskId) is { } task:
                    (messages ??= []).Add(NoticePlanner.Copied(instanceId, copied, task));
                    break;
                case ClockWarningRaised warning when instance is not null:
                    (messages ??= []).AddRange(NoticePlanner.Warnings(instance, warning));
                    break;
                case TaskUrged urged when instance?.Tasks.GetValueOrDefault(urged.TaskId) is { } task:
                    (messages ??= []).Add(Urged(instanceId, urged, task));
                    break;
                case TaskSupervised supervised when instance?.Tasks.GetValueOrDefault(supervised.TaskId) is { } task:
                    (messages ??= []).Add(Supervised(instanceId, supervised, task));
                    break;
                case InstanceFinished finished when instance is not null:
                    (messages ??= []).Add(Finished(instance, finished));
                    break;
            }
        }
        return messages ?? (IReadOnlyList<OutboxMessage>)[];
    }

    private static OutboxMessage Urged(string instanceId, TaskUrged e, TaskState task)
    {
        var a = task.Opened.Assignee;
        var (recipients, openTo) = NoticePlanner.Audience(TaskAuthority.Of(task, e.At));
        var body = new TaskUrgedNotice(task.TaskId, instanceId, task.Opened.Title, e.Message, e.ActorId, recipients, a.Post, a.DivisionCode,
            a.DepartmentCode, task.DueAt, e.At) { OpenTo = openTo };
        return new OutboxMessage($"task-urged:{task.TaskId}:{Stamp(e.At)}:{e.ActorId}", instanceId, TaskUrgedType,
            a.DepartmentCode is { Length: > 0 } d ? DepartmentQueues.For(d) : null, JsonSerializer.Serialize(body, Json), e.At);
    }

    private static OutboxMessage Supervised(string instanceId, TaskSupervised e, TaskState task)
    {
        var a = task.Opened.Assignee;
        var handler = e.HandlerId ?? (a.DepartmentName ?? a.Post ?? "未认领");
        var (recipients, openTo) = NoticePlanner.Audience(TaskAuthority.Of(task, e.At));
        var text = $"督办：任务「{task.Opened.Title}」已超期，办理人 {handler}（{a.DivisionCode}），上级 {e.SuperiorDivisionCode ?? "无"}。原因：{e.Reason}";
        var body = new TaskSupervisedNotice(task.TaskId, instanceId, task.Opened.Title, e.Reason, e.ActorId, e.HandlerId, a.DivisionCode,
            e.SuperiorDivisionCode, text, task.DueAt, e.At)
        {
            Recipients = recipients,
            Post = a.Post,
            DepartmentCode = a.DepartmentCode,
            OpenTo = openTo,
        };
        return new OutboxMessage($"task-supervised:{task.TaskId}:{Stamp(e.At)}:{e.ActorId}", instanceId, TaskSupervisedType, null,
            JsonSerializer.Serialize(body, Json), e.At);
    }

    // Issue 11: the ledger's grant and a 12345 ticket's closing follow the case's end. An instance ends once, so the
    // id needs nothing but the instance; every ending (withdrawn and terminated too) is sent, SubStatus tells them apart.
    private static OutboxMessage Finished(IInstanceView instance, InstanceFinished e)
    {
        var result = instance.Variables.GetValueOrDefault(ResultVariable) switch
        {
            null => null,
            JsonValue value when value.TryGetValue<string>(out var text) => text,
            var node => node.ToJsonString(),
        };
        var body = new WorkflowFinished(instance.InstanceId, instance.DefinitionId, instance.DefinitionVersion, e.SubStatus.ToString(), result, e.At);
        return new OutboxMessage($"workflow-finished:{instance.InstanceId}", instance.InstanceId, WorkflowFinishedType, null,
            JsonSerializer.Serialize(body, Json), e.At);
    }

    internal static string Stamp(DateTimeOffset at) => at.UtcTicks.ToString(CultureInfo.InvariantCulture);
}
