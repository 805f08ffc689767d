namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>One bar of a dashboard chart: a label, a value, the text shown beside it, and a CSS class for its colour.</summary>
public sealed record ChartBar(string Label, double Value, string Text, string CssClass = "");
