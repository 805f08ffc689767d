using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDepartmentReplyProcessor : ICommandProcessor<RecordDepartmentReply>
{
    private const string Action = "record a department reply";

    public Rejection? Process(Burst burst, RecordDepartmentReply command)
    {
        var state = burst.State;
        if (Checks.Running(state, Action) is { } notRunning)
        {
            return notRunning;
        }
        var (task, missing) = Checks.OpenTask(state, command.TaskId, Action);
        if (task is null)
        {
            return missing;
        }
        if (task.Opened.Kind != TaskKind.Referral)
        {
            return Rejection.InvalidState($"Expected to {Action} on task '{task.TaskId}', but it is an approval step, not a referral.");
        }
        if (!command.Actor.IsSystem && task.Opened.Assignee.DepartmentCode != command.DepartmentCode)
        {
            return Rejection.Forbidden($"Expected a reply from department '{task.Opened.Assignee.DepartmentCode}', but it came from '{command.DepartmentCode}'.");
        }
        if (Checks.Outcome(task, command.Outcome, command.Comment, Action) is { } bad)
        {
            return bad;
        }
        burst.Emit(new DepartmentReplied(task.TaskId, command.DepartmentCode, command.Actor.Id, command.Outcome, command.Comment, command.Data, burst.Now));
        var bookmark = state.Bookmarks[task.Opened.BookmarkId];
        burst.ReleaseBookmark(bookmark, "replied");
        burst.Resume(new ResumeSignal(bookmark, command.Outcome, command.Data, task));
        return null;
    }
}
