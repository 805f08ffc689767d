using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RequestSupplementProcessor : CommandProcessor<RequestSupplement>
{
    private const string Action = "request a supplement";

    public override Rejection? Check(in CheckView view, RequestSupplement command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.RequiredList(command.Missing, "missing", "the list of everything missing (一次性告知)") is { } noList)
        {
            return noList;
        }
        if (command.AutoCloseDays is < 1 or > 365)
        {
            return Rejection.Invalid($"Expected a supplement period of 1 to 365 calendar days, but got {command.AutoCloseDays}.", "autoCloseDays");
        }
        if (task.Supplement is not null)
        {
            return Rejection.InvalidState($"Expected to {Action} once, but task '{task.TaskId}' already waits for {string.Join("、", task.Supplement.Missing)} (已告知补正).");
        }
        return Authority.MayAct(command.Actor, task, view.Now) || Authority.IsSigner(command.Actor, task) ? null : Authority.Forbidden(command.Actor, task, Action);
    }

    public override void Run(Burst burst, RequestSupplement command) =>
        burst.Tasks.RequestSupplement(burst.State.Tasks[command.TaskId], command.Actor.Id, command.Missing, command.AutoCloseDays);
}
