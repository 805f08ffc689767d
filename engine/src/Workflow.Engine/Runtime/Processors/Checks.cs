using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>Checks several processors share. Messages follow "Expected to …, but …".</summary>
internal static class Checks
{
    public static Rejection? Running(IInstanceView instance, string action) =>
        instance.IsFinished
            ? Rejection.InvalidState($"Expected to {action}, but instance '{instance.InstanceId}' has already ended ({instance.SubStatus}).")
            : null;

    public static (TaskState? Task, Rejection? Rejection) OpenTask(IInstanceView instance, string taskId, string action)
    {
        if (!instance.Tasks.TryGetValue(taskId, out var task))
        {
            return (null, Rejection.NotFound($"Expected to {action} on task '{taskId}', but no such task exists in instance '{instance.InstanceId}'."));
        }
        if (task.Status != TaskLifecycle.Open)
        {
            return (null, Rejection.InvalidState($"Expected to {action} on task '{taskId}', but it is already {task.Status.ToString().ToLowerInvariant()}."));
        }
        return (task, null);
    }

    public static Rejection? Outcome(TaskState task, string outcome, string? comment, string action)
    {
        if (!task.Opened.Outcomes.Contains(outcome))
        {
            return Rejection.Invalid(
                $"Expected to {action} with an outcome of {string.Join(", ", task.Opened.Outcomes)}, but got '{outcome}'.", "outcome");
        }
        if (task.Opened.CommentRequiredFor.Contains(outcome) && string.IsNullOrWhiteSpace(comment))
        {
            return Rejection.Invalid($"Expected to {action} '{outcome}' with a comment, but the comment is empty (退回/不同意必须填写意见).", "comment");
        }
        if (comment is { Length: > 2000 })
        {
            return Rejection.Invalid($"Expected a comment of at most 2000 characters, but got {comment.Length}.", "comment");
        }
        return null;
    }
}
