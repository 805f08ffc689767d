using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class DelegateTaskProcessor : CommandProcessor<DelegateTask>
{
    public override Rejection? Process(Burst burst, DelegateTask command)
    {
        var (task, rejection) = HandOver.Check(burst, command.TaskId, command.Actor, command.ToUserId, command.Reason, "delegate");
        if (task is null || rejection is not null)
        {
            return rejection;
        }
        if (command.Actor.IsSystem)
        {
            return Rejection.Invalid("Expected a person to delegate, who gets the task back, but the system actor cannot.", "actor");
        }
        burst.Emit(new TaskDelegated(task.TaskId, command.Actor.Id, command.ToUserId, command.Reason, burst.Now));
        return null;
    }
}
