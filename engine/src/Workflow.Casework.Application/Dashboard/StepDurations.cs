using Workflow.Engine.Persistence.Dashboard;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Dashboard;

/// <summary>
/// Average working days per step from the database's counts of completed steps by the Beijing days they opened and
/// closed: the database holds no calendar, so each distinct pair of days is counted once, on the holiday calendar
/// (<see cref="IWorkingCalendar.WorkingDaysBetween"/>), and weighted by its steps. Pure.
/// </summary>
public static class StepDurations
{
    public static IReadOnlyList<StepDuration> From(IReadOnlyList<StepDayCount> counts, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(counts);
        ArgumentNullException.ThrowIfNull(calendar);
        var pinned = calendar.Pinned();
        var known = new Dictionary<(int, int), int>();
        return counts.GroupBy(c => (c.DefinitionId, c.Title))
            .Select(g =>
            {
                var tasks = g.Sum(c => c.Tasks);
                var days = g.Sum(c => c.Tasks * WorkingDays(pinned, known, c.OpenedDay, c.ClosedDay));
                return new StepDuration(g.Key.DefinitionId, g.Key.Title, tasks, tasks == 0 ? 0 : Math.Round((double)days / tasks, 1));
            })
            .OrderBy(s => s.DefinitionId, StringComparer.Ordinal).ThenByDescending(s => s.AverageWorkingDays)
            .ToList();
    }

    /// <summary>The Beijing day with this number (days since 1970-01-01), as the database counts them.</summary>
    public static DateOnly Day(int dayNumber) => DateOnly.FromDayNumber(DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber + dayNumber);

    private static int WorkingDays(IWorkingCalendar calendar, Dictionary<(int, int), int> known, int openedDay, int closedDay)
    {
        if (!known.TryGetValue((openedDay, closedDay), out var days))
        {
            days = calendar.WorkingDaysBetween(Noon(openedDay), Noon(closedDay));
            known[(openedDay, closedDay)] = days;
        }
        return days;
    }

    private static DateTimeOffset Noon(int dayNumber) => new(Day(dayNumber).ToDateTime(new TimeOnly(12, 0)), ChinaTime.Offset);
}
