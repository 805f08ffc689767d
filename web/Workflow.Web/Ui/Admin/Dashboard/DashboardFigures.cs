using System.Globalization;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;

namespace Workflow.Web.Ui.Admin.Dashboard;

/// <summary>
/// The dashboard's figures from the newest cases: cases by item and status, the share of tasks closed on time per
/// township, the average working days each step took, and the overdue open tasks. Pure: the page reads the cases.
/// </summary>
public static class DashboardFigures
{
    public static IReadOnlyList<string> Statuses { get; } = ["Suspended", "Finished", "Faulted", "Cancelled"];

    public static string StatusName(string status) => status switch
    {
        "Suspended" => "办理中",
        "Finished" => "已办结",
        "Faulted" => "异常",
        "Cancelled" => "已撤销",
        _ => status,
    };

    /// <summary>One bar per item and status that has cases, labelled "item · status".</summary>
    public static BarChart CasesByItem(IReadOnlyList<InstanceView> cases, Func<string, string> itemName)
    {
        var bars = cases
            .GroupBy(c => (c.DefinitionId, Status: Bucket(c.Status)))
            .OrderBy(g => g.Key.DefinitionId, StringComparer.Ordinal).ThenBy(g => Statuses.ToList().IndexOf(g.Key.Status))
            .Select(g => new ChartBar($"{itemName(g.Key.DefinitionId)} · {StatusName(g.Key.Status)}", g.Count(), g.Count().ToString(CultureInfo.InvariantCulture), "s-" + g.Key.Status))
            .ToList();
        return new BarChart("chart-cases", "各事项案件数（按状态）", bars, bars.Count == 0 ? 0 : bars.Max(b => b.Value));
    }

    /// <summary>Closed tasks with a deadline, per township of the case: the share closed by the deadline.</summary>
    public static BarChart OnTimeByTownship(IReadOnlyList<InstanceView> cases, Func<string, string> divisionName)
    {
        var bars = cases
            .Where(c => DivisionCode.IsValid(c.DivisionCode))
            .SelectMany(c => c.Tasks.Where(t => t.ClosedAt is not null && t.DueAt is not null)
                .Select(t => (Township: DivisionCode.Parse(c.DivisionCode).At(AdministrativeLevel.Township).Value, OnTime: t.ClosedAt <= t.DueAt)))
            .GroupBy(x => x.Township, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var rate = 100.0 * g.Count(x => x.OnTime) / g.Count();
                var css = rate >= 90 ? "rate-high" : rate >= 70 ? "rate-mid" : "rate-low";
                return new ChartBar(divisionName(g.Key), rate, $"{rate.ToString("0", CultureInfo.InvariantCulture)}%（{g.Count()} 件）", css);
            })
            .ToList();
        return new BarChart("chart-ontime", "按期办结率（按乡镇）", bars, 100);
    }

    /// <summary>Closed tasks grouped by step title: the mean of working days from opening to closing.</summary>
    public static BarChart AverageWorkingDays(IReadOnlyList<InstanceView> cases, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var bars = cases
            .SelectMany(c => c.Tasks.Where(t => t.ClosedAt is not null))
            .GroupBy(t => t.Title, StringComparer.Ordinal)
            .Select(g =>
            {
                var mean = g.Average(t => calendar.WorkingDaysBetween(t.OpenedAt, t.ClosedAt!.Value));
                return new ChartBar(g.Key, mean, $"{mean.ToString("0.0", CultureInfo.InvariantCulture)} 个工作日（{g.Count()} 件）");
            })
            .OrderByDescending(b => b.Value).ThenBy(b => b.Label, StringComparer.Ordinal)
            .ToList();
        return new BarChart("chart-steps", "各环节平均办理用时", bars, bars.Count == 0 ? 0 : Math.Max(1, bars.Max(b => b.Value)));
    }

    private static string Bucket(WorkflowSubStatus status) => status switch
    {
        WorkflowSubStatus.Finished => "Finished",
        WorkflowSubStatus.Faulted => "Faulted",
        WorkflowSubStatus.Cancelled or WorkflowSubStatus.Withdrawn => "Cancelled",
        _ => "Suspended",
    };
}
