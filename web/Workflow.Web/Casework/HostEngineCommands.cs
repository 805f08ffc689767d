using Workflow.Casework.Application;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Operations;

namespace Workflow.Web.Casework;

/// <summary>The casework's engine commands, sent through the host's runner so they are logged and counted like any other.</summary>
internal sealed class HostEngineCommands(CommandRunner runner) : IEngineCommands
{
    public Task<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken) => runner.ExecuteAsync(command, cancellationToken);
}
