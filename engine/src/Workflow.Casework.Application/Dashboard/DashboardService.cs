using System.Globalization;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Dashboard;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Dashboard;

/// <summary>
/// The dashboard over every case the caller may see (<see cref="Caller.Scope"/>, applied in the SQL): the database
/// aggregates, and this turns the counts into figures; working days per step come from the holiday calendar
/// (<see cref="StepDurations"/>).
/// </summary>
public sealed class DashboardService(DashboardStore store, SupervisionService supervision, IWorkingCalendar calendar, TimeProvider time)
{
    /// <summary>Months of the volume chart, the current one last.</summary>
    public const int Months = 12;

    /// <summary>Working days ahead that count as 即将到期.</summary>
    public const int DueSoonWorkingDays = 3;

    public async Task<DashboardView> ReadAsync(Caller caller, int listLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentOutOfRangeException.ThrowIfLessThan(listLimit, 1);
        var now = time.GetUtcNow();
        var scope = caller.Scope;
        var starts = MonthStarts(now);
        var statuses = await store.CasesByStatusAsync(scope, cancellationToken).ConfigureAwait(false);
        var volumes = await store.CasesByItemAndMonthAsync(scope, starts, cancellationToken).ConfigureAwait(false);
        var townships = await store.OnTimeByTownshipAsync(scope, cancellationToken).ConfigureAwait(false);
        var items = await store.OnTimeByItemAsync(scope, cancellationToken).ConfigureAwait(false);
        var steps = await store.StepDaysAsync(scope, cancellationToken).ConfigureAwait(false);
        // One read of the steps due before the window's end, soonest first: the overdue lead, the due-soon follow.
        var due = await supervision.ListAsync(caller, DueSoonWorkingDays, listLimit * 4, cancellationToken).ConfigureAwait(false);
        return new DashboardView(
            now,
            statuses.Sum(s => s.Cases),
            ByStatus(statuses),
            starts.Take(Months).Select(s => s.ToOffset(ChinaTime.Offset).ToString("yyyy-MM", CultureInfo.InvariantCulture)).ToList(),
            Volumes(volumes),
            Rates(townships),
            Rates(items),
            StepDurations.From(steps, calendar),
            due.Tasks.Where(t => t.State == "overdue").Take(listLimit).ToList(),
            due.Tasks.Where(t => t.State == "dueSoon").Take(listLimit).ToList());
    }

    /// <summary>The starts of the last <see cref="Months"/> Beijing months, and the start of the next.</summary>
    public static IReadOnlyList<DateTimeOffset> MonthStarts(DateTimeOffset now)
    {
        var local = now.ToOffset(ChinaTime.Offset);
        var current = new DateTimeOffset(local.Year, local.Month, 1, 0, 0, 0, ChinaTime.Offset);
        return Enumerable.Range(-(Months - 1), Months + 1).Select(current.AddMonths).ToList();
    }

    /// <summary>The counts per stored state, summed per name of <see cref="StatusNames"/> (Executing and Suspended are both 办理中).</summary>
    public static IReadOnlyList<StatusVolume> ByStatus(IReadOnlyList<CaseCount> statuses) =>
        statuses.GroupBy(s => StatusNames.GroupOfCode(s.Key) is { } g ? (g.Key, g.Name) : (s.Key, StatusNames.Unknown))
            .Select(g => new StatusVolume(g.Key.Item1, g.Key.Item2, g.Sum(s => s.Cases)))
            .OrderByDescending(s => s.Cases).ToList();

    private static List<ItemVolume> Volumes(IReadOnlyList<CaseCount> counts) =>
        counts.GroupBy(c => c.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var perMonth = new long[Months];
                foreach (var c in g)
                {
                    perMonth[c.Month] += c.Cases;
                }
                return new ItemVolume(g.Key, perMonth, perMonth.Sum());
            })
            .OrderByDescending(v => v.Total).ThenBy(v => v.DefinitionId, StringComparer.Ordinal)
            .ToList();

    private static List<OnTimeRate> Rates(IReadOnlyList<OnTimeCount> counts) =>
        counts.Select(c => new OnTimeRate(c.Key, c.Finished, c.OnTime))
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
}
