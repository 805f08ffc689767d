using Workflow.Engine.Runtime.Events;
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

    /// <summary>The instance runs and the task is open: the front half of every task operation.</summary>
    public static (TaskState? Task, Rejection? Rejection) Open(IInstanceView instance, string taskId, string action)
    {
        if (Running(instance, action) is { } notRunning)
        {
            return (null, notRunning);
        }
        return OpenTask(instance, taskId, action);
    }

    /// <summary>A required text input, or an Invalid rejection naming <paramref name="field"/>.</summary>
    public static Rejection? Required(string? value, string field, string what, int max = 2000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Rejection.Invalid($"Expected {what}, but it is empty (请填写).", field);
        }
        return value.Length > max ? Rejection.Invalid($"Expected {what} of at most {max} characters, but got {value.Length}.", field) : null;
    }

    /// <summary>A non-empty list of non-blank entries, or an Invalid rejection naming <paramref name="field"/>.</summary>
    public static Rejection? RequiredList(IReadOnlyList<string>? values, string field, string what) =>
        values is null || values.Count == 0 || values.Any(string.IsNullOrWhiteSpace)
            ? Rejection.Invalid($"Expected {what}, but the list is empty or has a blank entry.", field)
            : null;

    /// <summary>Multi-signer steps are answered by their signers one by one; holding one makes no sense.</summary>
    public static Rejection? NotMultiSigner(TaskState task, string action) =>
        task.Opened.Signing is { } signing
            ? Rejection.InvalidState($"Expected to {action} on a step one person decides, but task '{task.TaskId}' is signed by several ({signing.Mode}); use 加签/减签 instead.")
            : null;

    /// <summary>
    /// The common front half of deciding and replying: the instance runs, the task is open and of the right kind,
    /// and the answer is one it allows.
    /// </summary>
    public static (TaskState? Task, Rejection? Rejection) Answerable(IInstanceView instance, string taskId, TaskKind kind, string outcome, string? comment, string action)
    {
        if (Running(instance, action) is { } notRunning)
        {
            return (null, notRunning);
        }
        var (task, missing) = OpenTask(instance, taskId, action);
        if (task is null)
        {
            return (null, missing);
        }
        if (task.Opened.Kind != kind)
        {
            return (null, Rejection.InvalidState(kind == TaskKind.Approval
                ? $"Expected to {action} on task '{taskId}', but it is a department referral; send a department reply instead."
                : $"Expected to {action} on task '{taskId}', but it is an approval step, not a referral."));
        }
        return (task, Outcome(task, outcome, comment, action));
    }

    /// <summary>After the answer event: release the task's bookmark and let its activity go on.</summary>
    public static void ResumeAfterAnswer(Burst burst, TaskState task, string outcome, System.Text.Json.Nodes.JsonObject? data, string reason)
    {
        var bookmark = burst.State.Bookmarks[task.Opened.BookmarkId];
        burst.LeadingTaskId = task.TaskId;
        burst.Clocks.Stop(task.TaskId);
        burst.Tasks.CancelTimers(task.TaskId);
        burst.ReleaseBookmark(bookmark, reason);
        burst.Resume(new ResumeSignal(bookmark, outcome, data, task));
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
