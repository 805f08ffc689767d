using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Operations;

/// <summary>
/// The door the host's own callers (HTTP, pages, demo data) use to the executor. Logging and metrics no longer live
/// here: they are executor middleware (<see cref="CommandLoggingMiddleware"/>, <see cref="CommandMetricsMiddleware"/>),
/// so commands from the bus and the timer pump are logged and counted the same way.
/// </summary>
public sealed class CommandRunner(WorkflowExecutor executor)
{
    public Task<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken) =>
        executor.ExecuteAsync(command, cancellationToken).AsTask();
}
