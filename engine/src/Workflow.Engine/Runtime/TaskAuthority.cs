using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Who may act on a task, in one place for the engine's processors and for the pages that offer the forms. The
/// system actor always may. A task someone holds (claimed, transferred, delegated) belongs to its holder alone. An
/// unheld task with candidates belongs to them (a referral also to its department); one whose every candidate had to
/// step aside (回避) to nobody until it is assigned by hand; one without candidates to whoever holds the post in the
/// office, or acts for the department.
/// </summary>
public static class TaskAuthority
{
    /// <summary>What the rule reads of a task, from the engine's state or from a view of it.</summary>
    public sealed record Facts(string? Holder, TaskAssignee Assignee, IReadOnlyList<Candidate> Candidates, string? Fallback, TaskKind Kind);

    public static Facts Of(TaskState task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return new(task.Holder, task.Opened.Assignee, task.Opened.Candidates, task.Opened.Fallback, task.Opened.Kind);
    }

    public static bool MayAct(Actor actor, Facts task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return actor.IsSystem || (task.Holder is { } holder ? holder == actor.Id : MayClaim(actor, task));
    }

    /// <summary>May take the task from the shared queue: ignores who holds it now.</summary>
    public static bool MayClaim(Actor actor, Facts task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        if (actor.IsSystem)
        {
            return true;
        }
        var assignee = task.Assignee;
        // A department answers as a body through its own system, whoever the organisation lists by name.
        var forDepartment = assignee.DepartmentCode is { } department && actor.Departments.Contains(department);
        if (task.Candidates.Count > 0)
        {
            return task.Candidates.Any(c => c.UserId == actor.Id) || (task.Kind == TaskKind.Referral && forDepartment);
        }
        if (task.Fallback is not null)
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
}
