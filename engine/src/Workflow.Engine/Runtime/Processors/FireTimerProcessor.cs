using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class FireTimerProcessor : CommandProcessor<FireTimer>
{
    public override Rejection? Check(in CheckView view, FireTimer command)
    {
        var instance = view.Instance;
        if (!instance.Timers.TryGetValue(command.TimerId, out var timer) || instance.IsFinished)
        {
            return Rejection.InvalidState($"Expected to fire timer '{command.TimerId}', but instance '{command.InstanceId}' no longer holds it (stale timer).");
        }
        if (timer.DueAt > view.Now)
        {
            // Named by its field, so a host whose clock runs behind is told apart from a refusal of the timer itself.
            return new Rejection(RejectionType.InvalidState, $"Expected timer '{command.TimerId}' to be due, but it is due only at {timer.DueAt:O}.", "dueAt");
        }
        return null;
    }

    public override void Run(Burst burst, FireTimer command)
    {
        var state = burst.State;
        var timer = state.Timers[command.TimerId];
        if (timer.TaskId is not null)
        {
            burst.Tasks.CloseForMissingMaterial(timer);
            return;
        }
        if (timer.BookmarkId is null)
        {
            burst.Clocks.RaiseWarning(timer);
            return;
        }
        burst.Emit(new TimerFired(timer.TimerId, burst.Now));
        var bookmark = state.Bookmarks[timer.BookmarkId];
        burst.ReleaseBookmark(bookmark, "timer fired", timer.TimerId);
        burst.Resume(new ResumeSignal(bookmark, null, null));
    }
}
