using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDecisionProcessor : ICommandProcessor<RecordDecision>
{
    private const string Action = "record a decision";

    public Rejection? Process(Burst burst, RecordDecision command)
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
        if (task.Opened.Kind != TaskKind.Approval)
        {
            return Rejection.InvalidState($"Expected to {Action} on task '{task.TaskId}', but it is a department referral; send a department reply instead.");
        }
        if (!MayDecide(command.Actor, task.Opened.Assignee))
        {
            return Rejection.Forbidden($"Expected '{command.Actor.Id}' to hold post '{task.Opened.Assignee.Post}' in division {task.Opened.Assignee.DivisionCode}, but they do not.");
        }
        if (Checks.Outcome(task, command.Outcome, command.Comment, Action) is { } bad)
        {
            return bad;
        }
        burst.Emit(new DecisionRecorded(task.TaskId, command.Actor.Id, command.Outcome, command.Comment, command.Data, burst.Now));
        var bookmark = state.Bookmarks[task.Opened.BookmarkId];
        burst.ReleaseBookmark(bookmark, "decided");
        burst.Resume(new ResumeSignal(bookmark, command.Outcome, command.Data, task));
        return null;
    }

    private static bool MayDecide(Actor actor, TaskAssignee assignee) =>
        actor.IsSystem
        || (actor.Posts.Contains(assignee.Post ?? "")
            && (assignee.DivisionCode is null || actor.DivisionCodes.Count == 0 || actor.DivisionCodes.Contains(assignee.DivisionCode)));
}
