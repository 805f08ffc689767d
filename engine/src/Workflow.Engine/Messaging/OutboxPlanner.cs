using System.Text.Encodings.Web;
using System.Text.Json;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Messaging;

/// <summary>
/// Decides which messages a command's events owe the outside world. It is pure, so the messages are known before
/// the commit and written in the same transaction as the events.
/// </summary>
public static class OutboxPlanner
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IReadOnlyList<OutboxMessage> Plan(string instanceId, IReadOnlyList<WorkflowEvent> events)
    {
        List<OutboxMessage>? messages = null;
        foreach (var e in events)
        {
            if (e is TaskOpened { Assignee.DepartmentCode: { Length: > 0 } department } opened)
            {
                var message = new TaskAssigned(opened.TaskId, instanceId, department, opened.Assignee.DepartmentName, opened.Title,
                    opened.Assignee.DivisionCode, opened.Outcomes, opened.DueAt, opened.At);
                // The message id is derived from the task, so a replayed command cannot publish a second, different id.
                (messages ??= []).Add(new OutboxMessage($"task-assigned:{opened.TaskId}", instanceId, nameof(TaskAssigned),
                    DepartmentQueues.For(department), JsonSerializer.Serialize(message, Json), opened.At));
            }
        }
        return messages ?? (IReadOnlyList<OutboxMessage>)[];
    }
}
