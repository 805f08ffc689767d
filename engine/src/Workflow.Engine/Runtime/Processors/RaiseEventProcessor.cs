using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RaiseEventProcessor : CommandProcessor<RaiseEvent>
{
    public override Rejection? Process(Burst burst, RaiseEvent command)
    {
        var state = burst.State;
        if (Checks.Running(state, $"raise event '{command.EventName}'") is { } notRunning)
        {
            return notRunning;
        }
        var waiting = state.Bookmarks.Values.Where(b => b.Kind == BookmarkKind.Event && b.Name == command.EventName).ToList();
        if (waiting.Count == 0)
        {
            return Rejection.NotFound($"Expected instance '{command.InstanceId}' to wait for event '{command.EventName}', but nothing waits for it.");
        }
        foreach (var bookmark in waiting.Where(b => state.Bookmarks.ContainsKey(b.BookmarkId)))
        {
            burst.Emit(new EventRaised(bookmark.BookmarkId, command.EventName, command.Payload, burst.Now));
            burst.ReleaseBookmark(bookmark, "event");
            burst.Resume(new ResumeSignal(bookmark, null, command.Payload));
        }
        return null;
    }
}
