using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ClaimTaskProcessor : CommandProcessor<ClaimTask>
{
    private const string Action = "claim";

    public override Rejection? Check(in CheckView view, ClaimTask command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.NotMultiSigner(task, Action) is { } multi)
        {
            return multi;
        }
        if (task.Holder == command.Actor.Id)
        {
            return Rejection.InvalidState($"Expected to claim task '{task.TaskId}', but '{command.Actor.Id}' already holds it.");
        }
        if (task.Holder is { } holder)
        {
            return Rejection.Conflict($"Expected to claim an unclaimed task, but task '{task.TaskId}' is held by '{holder}' (已被 {holder} 认领).");
        }
        return Authority.MayClaim(command.Actor, task, view.Now) ? null : Authority.Forbidden(command.Actor, task, Action);
    }

    public override void Run(Burst burst, ClaimTask command) => burst.Emit(new TaskClaimed(command.TaskId, command.Actor.Id, burst.Now));
}
