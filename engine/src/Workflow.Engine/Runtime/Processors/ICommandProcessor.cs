using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Handles one command type, as the registry (<see cref="CommandProcessors"/>) sees it: without knowing which.
/// </summary>
internal interface ICommandProcessor
{
    Type CommandType { get; }

    Rejection? Check(in CheckView view, WorkflowCommand command);

    void Run(Burst burst, WorkflowCommand command);
}
