namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>An open task past its deadline, for the dashboard's list.</summary>
public sealed record OverdueTask(string InstanceId, string TaskId, string DefinitionId, string Title, string? DivisionCode, DateTimeOffset DueAt, int WorkingDaysLate);
