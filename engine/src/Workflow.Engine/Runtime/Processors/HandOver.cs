using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// The checks 转办 and 委派 share: an open single-decider task, a target who could hold it, a reason, and the
/// handler's authority.
/// </summary>
internal static class HandOver
{
    public static Rejection? Check(in CheckView view, string taskId, Actor actor, string toUserId, string reason, string action)
    {
        var (task, rejection) = Checks.Open(view.Instance, taskId, action);
        if (task is null)
        {
            return rejection;
        }
        if ((Checks.Required(toUserId, "toUserId", "the user to hand the task to", 64)
             ?? Checks.Required(reason, "reason", "the reason")
             ?? Checks.NotMultiSigner(task, action)) is { } bad)
        {
            return bad;
        }
        if (toUserId == actor.Id || toUserId == task.Holder)
        {
            return Rejection.Invalid($"Expected to {action} to someone else, but '{toUserId}' already holds task '{task.TaskId}'.", "toUserId");
        }
        if (task.DelegatedBy is not null)
        {
            return Rejection.InvalidState($"Expected to {action} task '{task.TaskId}', but it is delegated to '{task.Holder}' until they answer (委派中).");
        }
        if (Authority.Check(actor, task, action, view.Now) is { } forbidden)
        {
            return forbidden;
        }
        // The system actor here is a host-checked 人工指派: any post in the case's area will do.
        return HandOverTarget.Check(view, task, toUserId, actor.IsSystem ? HolderRole.Assigned : HolderRole.Holder, "toUserId");
    }
}
