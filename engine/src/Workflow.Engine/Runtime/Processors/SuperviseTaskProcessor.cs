using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// 督办: only an overdue task, and only from above. The supervisor acts in an office above the task's (a division code
/// that contains the task's office), and the office one level up is named in the notification.
/// </summary>
internal sealed class SuperviseTaskProcessor : CommandProcessor<SuperviseTask>
{
    private const string Action = "supervise";

    public override Rejection? Check(in CheckView view, SuperviseTask command)
    {
        var (task, rejection) = Checks.Open(view.Instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (Checks.Required(command.Reason, "reason", "the reason for supervising") is { } bad)
        {
            return bad;
        }
        if (task.DueAt is null)
        {
            return Rejection.InvalidState($"Expected an overdue task to supervise, but task '{task.TaskId}' has no time limit (未超期).");
        }
        if (task.DueAt > view.Now)
        {
            return Rejection.InvalidState($"Expected an overdue task to supervise, but task '{task.TaskId}' is due only at {task.DueAt:O} (未超期).");
        }
        if (!command.Actor.IsSystem && !IsAbove(command.Actor, task.Opened.Assignee.DivisionCode))
        {
            return Rejection.Forbidden($"Expected an officer of an office above {task.Opened.Assignee.DivisionCode} to supervise task '{task.TaskId}', but '{command.Actor.Id}' is not (无督办权限).");
        }
        return null;
    }

    public override void Run(Burst burst, SuperviseTask command)
    {
        var task = burst.State.Tasks[command.TaskId];
        burst.Emit(new TaskSupervised(task.TaskId, command.Actor.Id, command.Reason, task.Holder, Superior(task), burst.Now));
    }

    /// <summary>The office one level above the task's: the division code cut one level higher.</summary>
    public static string? Superior(TaskState task)
    {
        var level = task.Opened.Assignee.Level;
        if (level is null || !AdministrativeLevels.IsKnown(level))
        {
            return null;
        }
        var above = AdministrativeLevels.All.FirstOrDefault(l => AdministrativeLevels.Rank(l) == AdministrativeLevels.Rank(level) + 1);
        return above is null ? null : AdministrativeLevels.DivisionAt(task.Opened.Assignee.DivisionCode, above);
    }

    /// <summary>True when one of the actor's offices is strictly above <paramref name="division"/> and contains it.</summary>
    private static bool IsAbove(Actor actor, string? division) =>
        DivisionCode.From(division) is { } task && actor.DivisionCodes.Any(d => DivisionCode.From(d) is { } office && office.IsAbove(task));
}
