using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Operations;

/// <summary>
/// Runs the commands the host itself sends (HTTP, demo data) through the executor, inside a log scope that carries the
/// case and task ids, and counts the outcomes the store never sees. Logs hold ids, command types and outcomes only:
/// never comments, names, ID numbers or other content of a case.
/// </summary>
public sealed class CommandRunner(WorkflowExecutor executor, WorkflowMetrics metrics, ILogger<CommandRunner> logger)
{
    public async Task<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken)
    {
        var type = command.GetType().Name;
        var taskId = TaskIdOf(command);
        using var logScope = logger.BeginScope(new Dictionary<string, object?>
        {
            ["CaseId"] = command.InstanceId,
            ["TaskId"] = taskId,
            ["Command"] = type,
        });
        using var scope = CommandScope.Begin();
        var result = await executor.ExecuteAsync(command, cancellationToken).ConfigureAwait(false);
        if (result.Rejection is { } rejection)
        {
            if (!scope.ReachedStore)
            {
                metrics.CommandRefused(type, "rejected", rejection.Type.ToString());
            }
            OperationsLog.CommandRejected(logger, type, command.InstanceId, taskId, rejection.Type);
        }
        else if (result.IsRepeat)
        {
            metrics.CommandRefused(type, "repeat", "");
            OperationsLog.CommandRepeated(logger, type, command.InstanceId, taskId);
        }
        else
        {
            OperationsLog.CommandAccepted(logger, type, command.InstanceId, taskId, result.Events.Count);
        }
        return result;
    }

    private static string? TaskIdOf(WorkflowCommand command) => command switch
    {
        RecordDecision d => d.TaskId,
        RecordDepartmentReply r => r.TaskId,
        _ => null,
    };
}
