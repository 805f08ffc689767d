using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Handles one command type. It checks the command against the instance as it stands and returns a rejection before
/// emitting anything, or runs it through the burst, whose events are then committed together.
/// </summary>
internal abstract class CommandProcessor<TCommand> : ICommandProcessor where TCommand : WorkflowCommand
{
    public Type CommandType => typeof(TCommand);

    public abstract Rejection? Process(Burst burst, TCommand command);

    Rejection? ICommandProcessor.Process(Burst burst, WorkflowCommand command) => Process(burst, (TCommand)command);
}
