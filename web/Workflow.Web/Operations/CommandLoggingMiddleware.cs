using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Pipeline;

namespace Workflow.Web.Operations;

/// <summary>
/// Runs every command inside a log scope that carries the case and task ids, and logs its outcome inside
/// the same scope. Logs hold ids,
/// command types and outcomes only: never comments, names, ID numbers or other content of a case.
/// </summary>
internal sealed class CommandLoggingMiddleware(ILogger<CommandLoggingMiddleware> logger) : ICommandMiddleware
{
    public async ValueTask InvokeAsync(CommandContext context, CommandDelegate next)
    {
        var command = context.Command;
        var type = command.GetType().Name;
        var taskId = TaskIdOf(command);
        using var scope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["CaseId"] = command.InstanceId,
            ["TaskId"] = taskId,
            ["Command"] = type,
        });
        await next(context).ConfigureAwait(false);
        if (context.Result is not { } result)
        {
            return;
        }
        if (result.Rejection is { } rejection)
        {
            OperationsLog.CommandRejected(logger, type, command.InstanceId, taskId, rejection.Type);
        }
        else if (result.IsRepeat)
        {
            OperationsLog.CommandRepeated(logger, type, command.InstanceId, taskId);
        }
        else
        {
            OperationsLog.CommandAccepted(logger, type, command.InstanceId, taskId, result.Events.Count);
        }
    }

    private static string? TaskIdOf(WorkflowCommand command) => command switch
    {
        RecordDecision d => d.TaskId,
        RecordDepartmentReply r => r.TaskId,
        _ => null,
    };
}
