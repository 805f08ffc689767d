using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>The material arrives, at the window or through the officer who asked; the task then waits for its decider.</summary>
internal sealed class SupplySupplementProcessor : CommandProcessor<SupplySupplement>
{
    private const string Action = "supply the supplement";

    public override Rejection? Check(in CheckView view, SupplySupplement command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.RequiredList(command.Supplied, "supplied", "the list of material supplied") is { } noList)
        {
            return noList;
        }
        if (task.Supplement is not { } supplement)
        {
            return Rejection.InvalidState($"Expected task '{task.TaskId}' to wait for a supplement, but none was requested.");
        }
        var allowed = command.Actor.Id == supplement.RequestedBy || Authority.MayClaim(command.Actor, task, view.Now)
            || Authority.MayAct(command.Actor, task, view.Now) || Authority.IsSigner(command.Actor, task);
        return allowed ? null : Authority.Forbidden(command.Actor, task, Action);
    }

    public override void Run(Burst burst, SupplySupplement command) =>
        burst.Tasks.SupplySupplement(burst.State.Tasks[command.TaskId], command.Actor.Id, command.Supplied);
}
