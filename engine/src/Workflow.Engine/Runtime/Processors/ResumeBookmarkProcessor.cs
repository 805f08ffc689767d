using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>Resumes one bookmark whatever it waits for, as Elsa's "run until end" helper does. A task takes its first outcome.</summary>
internal sealed class ResumeBookmarkProcessor : CommandProcessor<ResumeBookmark>
{
    public override Rejection? Check(in CheckView view, ResumeBookmark command)
    {
        if (Checks.Running(view.Instance, $"resume bookmark '{command.BookmarkId}'") is { } notRunning)
        {
            return notRunning;
        }
        return view.Instance.Bookmarks.ContainsKey(command.BookmarkId)
            ? null
            : Rejection.NotFound($"Expected to resume bookmark '{command.BookmarkId}', but instance '{command.InstanceId}' holds no such bookmark.");
    }

    public override void Run(Burst burst, ResumeBookmark command)
    {
        var state = burst.State;
        var bookmark = state.Bookmarks[command.BookmarkId];
        var task = state.Tasks.Values.FirstOrDefault(t => t.Opened.BookmarkId == bookmark.BookmarkId && t.Status == State.TaskLifecycle.Open);
        string? outcome = null;
        if (task is not null)
        {
            outcome = task.Opened.Outcomes[0];
            burst.LeadingTaskId = task.TaskId;
            burst.Tasks.CancelTimers(task.TaskId);
            burst.Emit(task.Opened.Kind == TaskKind.Referral
                ? new DepartmentReplied(task.TaskId, task.Opened.Assignee.DepartmentCode ?? "", "system", outcome, null, null, burst.Now)
                : new DecisionRecorded(task.TaskId, "system", outcome, null, null, burst.Now));
        }
        else if (state.Timers.Values.FirstOrDefault(t => t.BookmarkId == bookmark.BookmarkId) is { } timer)
        {
            burst.Emit(new TimerFired(timer.TimerId, burst.Now));
        }
        else
        {
            burst.Emit(new EventRaised(bookmark.BookmarkId, bookmark.Name, command.Payload, burst.Now));
        }
        burst.ReleaseBookmark(bookmark, "resumed");
        burst.Resume(new ResumeSignal(bookmark, outcome, command.Payload, task));
    }
}
