using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class ClaimTaskProcessor : CommandProcessor<ClaimTask>
{
    private const string Action = "claim";

    public override Rejection? Process(Burst burst, ClaimTask command)
    {
        var (task, rejection) = Checks.Open(burst.State, command.TaskId, Action);
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
        if (!Authority.MayClaim(command.Actor, task))
        {
            return Authority.Forbidden(command.Actor, task, Action);
        }
        burst.Emit(new TaskClaimed(task.TaskId, command.Actor.Id, burst.Now));
        return null;
    }
}
