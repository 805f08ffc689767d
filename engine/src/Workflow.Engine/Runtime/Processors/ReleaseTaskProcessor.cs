using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ReleaseTaskProcessor : CommandProcessor<ReleaseTask>
{
    private const string Action = "release";

    public override Rejection? Check(in CheckView view, ReleaseTask command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (task.ClaimedBy is not { } claimer)
        {
            return Rejection.InvalidState($"Expected to release a claimed task, but task '{task.TaskId}' is not claimed.");
        }
        if (!command.Actor.IsSystem && command.Actor.Id != claimer)
        {
            return Rejection.Forbidden($"Expected the claimer '{claimer}' to release task '{task.TaskId}', but '{command.Actor.Id}' is not (只有认领人可以释放).");
        }
        if (task.DelegatedBy is not null)
        {
            return Rejection.InvalidState($"Expected to release task '{task.TaskId}', but it is delegated to '{task.Holder}' (委派中).");
        }
        return null;
    }

    public override void Run(Burst burst, ReleaseTask command) => burst.Emit(new TaskReleased(command.TaskId, command.Actor.Id, burst.Now));
}
