using System.Globalization;
using Workflow.Casework.Application.Dashboard;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>
/// <c>/admin/dashboard</c>: the figures of every case the administrator may see, aggregated by the database
/// (<see cref="DashboardService"/>); the page names the codes and draws the bars as server-side SVG and
/// <c>&lt;meter&gt;</c>, so it needs no script and no inline style.
/// </summary>
public sealed class DashboardModel(CallerResolver callers, DashboardService dashboard, Names names) : AdminPageModel(callers)
{
    /// <summary>The longest overdue and due-soon lists shown.</summary>
    public const int ListLimit = 50;

    public DashboardView View { get; private set; } = null!;

    public IReadOnlyList<BarChart> Charts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // The reader's scope is part of every query: no figure counts a case the administrator may not see.
        View = await dashboard.ReadAsync(Caller, ListLimit, cancellationToken);
        Charts = [MonthlyChart(View), StepChart(View, names)];
    }

    private static BarChart MonthlyChart(DashboardView view)
    {
        var bars = view.Months.Select((month, n) =>
        {
            var cases = view.ByItemAndMonth.Sum(v => v.PerMonth[n]);
            return new ChartBar(month, cases, cases.ToString(CultureInfo.InvariantCulture));
        }).ToList();
        return new BarChart("chart-months", "近 12 个月受理量", bars, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
    }

    private static BarChart StepChart(DashboardView view, Names names)
    {
        var bars = view.Steps
            .Select(s => new ChartBar($"{names.Item(s.DefinitionId)} · {s.Title}", s.AverageWorkingDays,
                $"{s.AverageWorkingDays.ToString("0.0", CultureInfo.InvariantCulture)} 个工作日（{s.Tasks} 件）"))
            .ToList();
        return new BarChart("chart-steps", "各环节平均办理用时（工作日）", bars, bars.Count == 0 ? 0 : Math.Max(1, bars.Max(b => b.Value)));
    }
}
