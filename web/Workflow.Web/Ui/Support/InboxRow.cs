namespace Workflow.Web.Ui.Support;

/// <summary>One line of an inbox tab: the task, its case and, for closed tasks, the decision.</summary>
public sealed record InboxRow(
    string InstanceId,
    string TaskId,
    string Title,
    string? DefinitionId,
    string? DefinitionName,
    string? ApplicantName,
    string? DivisionCode,
    string Assignee,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    Urgency Urgency,
    string? Outcome,
    string? Comment,
    DateTimeOffset? ClosedAt)
{
    public string Href => $"/tasks/{Uri.EscapeDataString(InstanceId)}/{Uri.EscapeDataString(TaskId)}";
}
