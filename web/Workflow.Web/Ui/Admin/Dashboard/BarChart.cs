namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>A horizontal bar chart drawn as inline SVG on the server: no script, and readable without one.</summary>
public sealed record BarChart(string Id, string Title, IReadOnlyList<ChartBar> Bars, double Max)
{
    public const double LabelWidth = 170;
    public const double BarArea = 260;
    public const double RowHeight = 24;

    public double Height => Math.Max(1, Bars.Count) * RowHeight + 8;

    public double WidthOf(ChartBar bar) => Max <= 0 ? 0 : Math.Round(BarArea * bar.Value / Max, 1);
}
