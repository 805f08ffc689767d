using Workflow.Casework.Application.Lists;
using Workflow.Engine.Ports;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// Turns the inbox's rows (<see cref="InboxList"/>, searched and paged in SQL) into lines of the page, in names: the
/// item, the person, department or post that handles the task, and for a closed task its decision.
/// </summary>
public sealed class InboxReader(Names names, IWorkingCalendar calendar)
{
    public InboxRow Row(InboxEntry entry, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var (row, instance) = (entry.Task, entry.Case);
        var task = instance.Tasks.FirstOrDefault(t => t.TaskId == row.TaskId);
        var closedAt = task?.ClosedAt;
        return new InboxRow(row.InstanceId, row.TaskId, row.Title, instance.DefinitionId, names.Item(instance.DefinitionId), instance.ApplicantName,
            instance.DivisionCode, Handler(row), row.OpenedAt, row.DueAt, closedAt is null ? Urgency.Of(row.DueAt, now, calendar) : Urgency.None,
            task?.Outcome, task?.Comment, closedAt);
    }

    /// <summary>Who handles the task: the person holding or having decided it, else the department, else the post in its office.</summary>
    private string Handler(TaskRow row) =>
        (row.HolderUserId ?? row.AssigneeUserId) is { } user ? names.User(user)
        : row.DepartmentCode is { } department ? names.Department(department)
        : $"{names.Division(row.DivisionCode)}{row.Post}";
}
