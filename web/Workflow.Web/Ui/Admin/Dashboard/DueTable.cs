using Workflow.Casework.Application.Views;

namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>One list of open steps on the dashboard (overdue, or due soon): its id, heading, empty text and rows.</summary>
public sealed record DueTable(string Id, string Title, string Empty, IReadOnlyList<SupervisedTask> Tasks);
