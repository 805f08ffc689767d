using MassTransit;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// A department's <see cref="DepartmentReply"/> becomes a <see cref="RecordDepartmentReply"/> command. Its request key
/// is the reply's own, or else the message id, so a redelivered reply is answered from the first result.
/// </summary>
public sealed class DepartmentReplyConsumer(WorkflowExecutor executor, ILogger<DepartmentReplyConsumer> logger) : IConsumer<DepartmentReply>
{
    public Task Consume(ConsumeContext<DepartmentReply> context)
    {
        var reply = context.Message;
        var command = new RecordDepartmentReply(reply.InstanceId, reply.TaskId, reply.DepartmentCode,
            Actor.User(reply.ActorId, departments: [reply.DepartmentCode]), reply.Outcome, reply.Comment, reply.Data)
        {
            RequestKey = reply.RequestKey ?? context.MessageId?.ToString(),
        };
        return ConsumedCommands.ExecuteAsync(executor, command, context, logger);
    }
}
