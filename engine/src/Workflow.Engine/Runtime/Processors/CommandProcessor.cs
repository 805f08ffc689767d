using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Handles one command type in two halves, as Zeebe's processors do: <see cref="Check"/> reads the instance and
/// returns a rejection or null, and only then <see cref="Run"/> emits the command's events through the burst. A check
/// has nothing to emit with, so a command can never emit events and then be rejected.
/// </summary>
internal abstract class CommandProcessor<TCommand> : ICommandProcessor where TCommand : WorkflowCommand
{
    public Type CommandType => typeof(TCommand);

    /// <summary>Every reason to refuse the command, in the order the messages are promised; null when it may run.</summary>
    public abstract Rejection? Check(in CheckView view, TCommand command);

    /// <summary>Runs a command its check passed, against the same state.</summary>
    public abstract void Run(Burst burst, TCommand command);

    Rejection? ICommandProcessor.Check(in CheckView view, WorkflowCommand command) => Check(view, (TCommand)command);

    void ICommandProcessor.Run(Burst burst, WorkflowCommand command) => Run(burst, (TCommand)command);
}
