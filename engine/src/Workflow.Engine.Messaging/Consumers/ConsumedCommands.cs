using MassTransit;
using Microsoft.Extensions.Logging;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Messaging.Consumers;

/// <summary>
/// What every command consumer does with its command: run it, answer a request if there is one, and decide between
/// acknowledging and retrying. A rejection is final (acknowledged and logged) except a version conflict, which is
/// thrown so the endpoint's retry runs the command again on fresh state.
/// </summary>
internal static class ConsumedCommands
{
    public static async Task ExecuteAsync<T>(WorkflowExecutor executor, WorkflowCommand command, ConsumeContext<T> context, ILogger logger)
        where T : class
    {
        var kind = command.GetType().Name;
        var result = await executor.ExecuteAsync(command, context.CancellationToken).ConfigureAwait(false);
        if (result.Rejection is { Type: RejectionType.Conflict } conflict)
        {
            MessagingLog.CommandConflict(logger, kind, command.InstanceId, context.MessageId);
            throw new WorkflowConflictException(conflict.Message);
        }
        if (result.Rejection is { } rejection)
        {
            MessagingLog.CommandRejected(logger, kind, command.InstanceId, context.MessageId, rejection.Type, rejection.Message);
        }
        else if (result.IsRepeat)
        {
            MessagingLog.CommandRepeated(logger, kind, command.InstanceId, context.MessageId);
        }
        else
        {
            MessagingLog.CommandApplied(logger, kind, command.InstanceId, context.MessageId, result.Events.Count);
        }
        if (context.ResponseAddress is not null)
        {
            await context.RespondAsync(new CommandOutcome(command.RequestKey ?? "", result.IsAccepted, result.IsRepeat,
                result.Rejection?.Type.ToString(), result.Rejection?.Message)).ConfigureAwait(false);
        }
    }
}
