using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class TransferTaskProcessor : CommandProcessor<TransferTask>
{
    public override Rejection? Check(in CheckView view, TransferTask command) =>
        HandOver.Check(view, command.TaskId, command.Actor, command.ToUserId, command.Reason, "transfer");

    public override void Run(Burst burst, TransferTask command) =>
        burst.Emit(new TaskTransferred(command.TaskId, command.Actor.Id, command.ToUserId, command.Reason, burst.Now));
}
