using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;

namespace Workflow.Web.Ui.Support;

/// <summary>Who holds a current step and how many working days it has left, as the flowchart writes them.</summary>
public sealed class StepHolders(Names names, IWorkingCalendar calendar, TimeProvider time)
{
    /// <summary>The holder of <paramref name="task"/>: the person who claimed or holds it, its signers, or the post and office it waits in.</summary>
    public string Holder(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if ((task.ClaimedBy ?? task.Holder) is { } person)
        {
            return names.User(person);
        }
        var pending = task.Signers.Where(s => !s.Answered).Select(s => names.User(s.UserId)).ToList();
        if (pending.Count > 0)
        {
            return string.Join("、", pending);
        }
        var a = task.Assignee;
        return a.DepartmentCode is not null ? names.Department(a.DepartmentCode) : $"{names.Division(a.DivisionCode)}{a.Post}";
    }

    /// <summary>The remaining working days of <paramref name="task"/>, with its colour.</summary>
    public Urgency Remaining(TaskView task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return Urgency.Of(task.DueAt, time.GetUtcNow(), calendar);
    }
}
