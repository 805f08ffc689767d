using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Ends a deputy's standing on an open task when the cover was cleared early: by the host, or the person covered. Ending
/// a cover that has ended already (cleared before, or past its last day) is accepted and changes nothing, so the host
/// may end every cover again after a failure part-way.
/// </summary>
internal sealed class EndCoverProcessor : CommandProcessor<EndCover>
{
    private const string Action = "end a cover";

    public override Rejection? Check(in CheckView view, EndCover command)
    {
        var (task, rejection) = Checks.OpenTask(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (!command.Actor.IsSystem && command.Actor.Id != command.CoveredUserId)
        {
            return Rejection.Forbidden($"Expected '{command.CoveredUserId}' to {Action} on task '{task.TaskId}', but '{command.Actor.Id}' is not (只有被代理人可以结束代理).");
        }
        return task.Opened.Candidates.Any(c => c.UserId == command.DeputyId && c.CoverFor == command.CoveredUserId)
            ? null
            : Rejection.InvalidState($"Expected '{command.DeputyId}' to cover '{command.CoveredUserId}' on task '{task.TaskId}', but they do not.");
    }

    public override void Run(Burst burst, EndCover command)
    {
        var task = burst.State.Tasks[command.TaskId];
        if (task.Opened.Candidates.Any(c => c.UserId == command.DeputyId && c.CoverFor == command.CoveredUserId && c.StandsAt(burst.Now)))
        {
            burst.Emit(new CoverEnded(command.TaskId, command.DeputyId, command.Actor.Id, burst.Now));
        }
    }
}
