using Workflow.Engine.Runtime.Commands;

namespace Workflow.Engine.Runtime.Pipeline;

/// <summary>
/// One command on its way through the pipeline. The executor fills in <see cref="Commit"/> when the command reaches
/// the store and <see cref="Result"/> when it ends, so middleware learns both from the context it already holds
/// instead of from a flag set in another layer.
/// </summary>
public sealed class CommandContext(WorkflowCommand command, CancellationToken cancellationToken)
{
    public WorkflowCommand Command { get; } = command;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    /// <summary>Set once the command reached the store's commit; null when it was refused or repeated before it.</summary>
    public CommitAttempt? Commit { get; internal set; }

    /// <summary>The command's result; null until the executor has run it, and still null when it threw.</summary>
    public ExecutionResult? Result { get; internal set; }
}
