using System.Collections.Frozen;
using Workflow.Engine.Messaging.Contracts;

namespace Workflow.Engine.Messaging.Outbox;

/// <summary>
/// The closed table of contract names an outbox row may carry. A row can never name a CLR type: an unknown name is
/// refused and left in the outbox for an operator, never resolved with <c>Type.GetType</c>.
/// </summary>
internal static class OutboxContracts
{
    /// <summary>Header carrying the case id, so a department can correlate without reading the body.</summary>
    public const string InstanceIdHeader = "Workflow-InstanceId";

    /// <summary>Header carrying the outbox row's own text id, from which the message id was derived.</summary>
    public const string OutboxIdHeader = "Workflow-OutboxMessageId";

    private static readonly FrozenDictionary<string, OutboxContract> ByName = new Dictionary<string, OutboxContract>(StringComparer.Ordinal)
    {
        [nameof(TaskAssigned)] = new OutboxContract<TaskAssigned>(),
        [OutboxPlanner.TaskUrgedType] = new OutboxContract<TaskUrgedNotice>(),
        [OutboxPlanner.TaskSupervisedType] = new OutboxContract<TaskSupervisedNotice>(),
        [OutboxPlanner.WorkflowFinishedType] = new OutboxContract<WorkflowFinished>(),
        [OutboxPlanner.TaskArrivedType] = new OutboxContract<TaskArrivedNotice>(),
        [OutboxPlanner.TaskCopiedType] = new OutboxContract<TaskCopiedNotice>(),
        [OutboxPlanner.ClockWarningType] = new OutboxContract<ClockWarningNotice>(),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static OutboxContract? Find(string messageType) => ByName.GetValueOrDefault(messageType);
}
