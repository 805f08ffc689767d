using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class TransferTaskProcessor : CommandProcessor<TransferTask>
{
    public override Rejection? Process(Burst burst, TransferTask command)
    {
        var (task, rejection) = HandOver.Check(burst, command.TaskId, command.Actor, command.ToUserId, command.Reason, "transfer");
        if (task is null || rejection is not null)
        {
            return rejection;
        }
        burst.Emit(new TaskTransferred(task.TaskId, command.Actor.Id, command.ToUserId, command.Reason, burst.Now));
        return null;
    }
}
