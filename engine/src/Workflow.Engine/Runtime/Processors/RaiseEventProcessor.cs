using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RaiseEventProcessor : CommandProcessor<RaiseEvent>
{
    public override Rejection? Check(in CheckView view, RaiseEvent command)
    {
        var instance = view.Instance;
        if (Checks.Running(instance, $"raise event '{command.EventName}'") is { } notRunning)
        {
            return notRunning;
        }
        if (!instance.Bookmarks.Values.Any(b => Waits(b, command)))
        {
            return Rejection.NotFound($"Expected instance '{command.InstanceId}' to wait for event '{command.EventName}', but nothing waits for it.");
        }
        return null;
    }

    public override void Run(Burst burst, RaiseEvent command)
    {
        var state = burst.State;
        var waiting = state.Bookmarks.Values.Where(b => Waits(b, command)).ToList();
        // Resuming one bookmark may remove another that waited for the same event, so each is looked up again.
        foreach (var bookmark in waiting.Where(b => state.Bookmarks.ContainsKey(b.BookmarkId)))
        {
            burst.Emit(new EventRaised(bookmark.BookmarkId, command.EventName, command.Payload, burst.Now));
            burst.ReleaseBookmark(bookmark, "event");
            burst.Resume(new ResumeSignal(bookmark, null, command.Payload));
        }
    }

    private static bool Waits(BookmarkState bookmark, RaiseEvent command) => bookmark.Kind == BookmarkKind.Event && bookmark.Name == command.EventName;
}
