using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class DelegateTaskProcessor : CommandProcessor<DelegateTask>
{
    public override Rejection? Check(in CheckView view, DelegateTask command)
    {
        if (HandOver.Check(view, command.TaskId, command.Actor, command.ToUserId, command.Reason, "delegate") is { } rejection)
        {
            return rejection;
        }
        return command.Actor.IsSystem
            ? Rejection.Invalid("Expected a person to delegate, who gets the task back, but the system actor cannot.", "actor")
            : null;
    }

    public override void Run(Burst burst, DelegateTask command) =>
        burst.Emit(new TaskDelegated(command.TaskId, command.Actor.Id, command.ToUserId, command.Reason, burst.Now));
}
