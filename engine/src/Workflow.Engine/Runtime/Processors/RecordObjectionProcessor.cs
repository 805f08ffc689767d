using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordObjectionProcessor : CommandProcessor<RecordObjection>
{
    private const string Action = "record an objection";

    public override Rejection? Check(in CheckView view, RecordObjection command)
    {
        if (Checks.Running(view.Instance, Action) is { } notRunning)
        {
            return notRunning;
        }
        if (!view.Instance.Bookmarks.TryGetValue(command.BookmarkId, out var bookmark) || bookmark.Kind != BookmarkKind.Notice)
        {
            return Rejection.NotFound($"Expected to {Action} on public notice '{command.BookmarkId}', but no such notice is running.");
        }
        if (string.IsNullOrWhiteSpace(command.Text))
        {
            return Rejection.Invalid($"Expected to {Action} with its content, but the text is empty.", "text");
        }
        return null;
    }

    public override void Run(Burst burst, RecordObjection command)
    {
        var bookmark = burst.State.Bookmarks[command.BookmarkId];
        burst.Emit(new ObjectionRecorded(bookmark.BookmarkId, bookmark.ActivityId, command.Actor.Id, command.Text, burst.Now));
        burst.ReleaseBookmark(bookmark, "objection");
        burst.Resume(new ResumeSignal(bookmark, "objection", null));
    }
}
