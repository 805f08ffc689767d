using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDecisionProcessor : ICommandProcessor<RecordDecision>
{
    private const string Action = "record a decision";

    public Rejection? Process(Burst burst, RecordDecision command)
    {
        var (task, rejection) = Checks.Answerable(burst.State, command.TaskId, TaskKind.Approval, command.Outcome, command.Comment, Action);
        if (task is null || rejection is not null)
        {
            return rejection;
        }
        if (!MayDecide(command.Actor, task.Opened.Assignee))
        {
            return Rejection.Forbidden($"Expected '{command.Actor.Id}' to hold post '{task.Opened.Assignee.Post}' in division {task.Opened.Assignee.DivisionCode}, but they do not.");
        }
        burst.Emit(new DecisionRecorded(task.TaskId, command.Actor.Id, command.Outcome, command.Comment, command.Data, burst.Now));
        Checks.ResumeAfterAnswer(burst, task, command.Outcome, command.Data, "decided");
        return null;
    }

    private static bool MayDecide(Actor actor, TaskAssignee assignee) =>
        actor.IsSystem
        || (actor.Posts.Contains(assignee.Post ?? "")
            && (assignee.DivisionCode is null || actor.DivisionCodes.Contains(assignee.DivisionCode)));
}
