using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>加签/减签 checks: an open multi-signer step, a user id, and someone entitled to change its signers.</summary>
internal static class SignerChanges
{
    public static (TaskState? Task, Rejection? Rejection) Check(IInstanceView instance, DateTimeOffset now, string taskId, Actor actor, string userId, string action)
    {
        var (task, rejection) = Checks.Open(instance, taskId, action);
        if (task is null)
        {
            return (null, rejection);
        }
        if (Checks.Required(userId, "userId", "the signer's user id", 64) is { } bad)
        {
            return (null, bad);
        }
        if (task.Opened.Signing is null)
        {
            return (null, Rejection.InvalidState($"Expected a multi-signer step to {action}, but task '{task.TaskId}' is decided by one person."));
        }
        // A signer may not change who signs beside them: removing the others would let one person decide a 会签, and
        // adding allies would tip a 票签. The step's candidates who are not signing (and the system) may.
        if (!actor.IsSystem && (Authority.IsSigner(actor, task) || !Authority.MayClaim(actor, task, now)))
        {
            return (null, Rejection.Forbidden(
                $"Expected someone entitled to {action} on task '{task.TaskId}' who is not one of its signers, but '{actor.Id}' is not (签批人不能增减签批人)."));
        }
        return (task, null);
    }
}
