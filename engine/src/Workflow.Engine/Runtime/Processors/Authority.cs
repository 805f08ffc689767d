using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Who may act on a task, in one place for every processor. The system actor always may. A task someone holds
/// (claimed, transferred, delegated) belongs to its holder alone. An unheld task with candidates belongs to them; one
/// without candidates to whoever holds the post in the office (or, for a referral, acts for the department).
/// </summary>
internal static class Authority
{
    public static bool MayAct(Actor actor, TaskState task) =>
        actor.IsSystem || (task.Holder is { } holder ? holder == actor.Id : MayClaim(actor, task));

    /// <summary>May take the task from the shared queue: ignores who holds it now.</summary>
    public static bool MayClaim(Actor actor, TaskState task)
    {
        if (actor.IsSystem)
        {
            return true;
        }
        var assignee = task.Opened.Assignee;
        // A department answers as a body through its own system, whoever the organisation lists by name.
        var forDepartment = assignee.DepartmentCode is { } department && actor.Departments.Contains(department);
        if (task.Opened.Candidates.Count > 0)
        {
            return task.Opened.Candidates.Any(c => c.UserId == actor.Id) || (task.Opened.Kind == TaskKind.Referral && forDepartment);
        }
        if (task.Opened.Fallback is not null)
        {
            // The organisation answered and found nobody eligible (every holder must step aside, 回避): nobody
            // claims it by post; it waits for a manual assignment.
            return false;
        }
        if (assignee.DepartmentCode is not null)
        {
            return forDepartment;
        }
        return actor.Posts.Contains(assignee.Post ?? "")
            && (assignee.DivisionCode is null || actor.DivisionCodes.Contains(assignee.DivisionCode));
    }

    public static bool IsSigner(Actor actor, TaskState task) => task.Signers.Exists(s => s.UserId == actor.Id);

    /// <summary>The handler's check, or else a Forbidden rejection naming who may act.</summary>
    public static Rejection? Check(Actor actor, TaskState task, string action) =>
        MayAct(actor, task) ? null : Forbidden(actor, task, action);

    public static Rejection Forbidden(Actor actor, TaskState task, string action)
    {
        var assignee = task.Opened.Assignee;
        var who = task.Holder is { } holder
            ? $"the task's holder '{holder}' (已由 {holder} 办理)"
            : task.Opened.Candidates.Count > 0
                ? $"one of its candidates {string.Join(", ", task.Opened.Candidates.Select(c => c.UserId))}"
                : assignee.DepartmentCode is { } department
                    ? $"someone acting for department '{department}'"
                    : $"someone holding post '{assignee.Post}' in division {assignee.DivisionCode}";
        return Rejection.Forbidden($"Expected {who} to {action} on task '{task.TaskId}', but '{actor.Id}' is not (无权办理).");
    }
}
