using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Casework.Application;

/// <summary>
/// How the casework sends the engine a command. The host supplies it, so every command the casework sends passes the
/// same logging scope and metrics as one sent over HTTP.
/// </summary>
public interface IEngineCommands
{
    Task<ExecutionResult> ExecuteAsync(WorkflowCommand command, CancellationToken cancellationToken);
}
