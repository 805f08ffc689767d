using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The one place that counts a time limit in its unit (issue 11): when it is due, where it ends after an extension or
/// a pause, and when it turns yellow. Working days ask the holiday calendar (with the division's closures); calendar
/// days end at 24:00 China time; hours are exact.
/// </summary>
internal static class ClockArithmetic
{
    public static DateTimeOffset Due(IWorkingCalendar calendar, TimeLimitUnit unit, DateTimeOffset from, int amount, string? divisionCode) => unit switch
    {
        TimeLimitUnit.CalendarDays => ChinaTime.EndOfNthCalendarDay(from, amount),
        TimeLimitUnit.Hours => from.AddHours(amount),
        _ => calendar.AddWorkingDays(from, amount, divisionCode),
    };

    /// <summary>The deadline <paramref name="extra"/> units later than <paramref name="due"/>.</summary>
    public static DateTimeOffset Extend(IWorkingCalendar calendar, TimeLimitUnit unit, DateTimeOffset due, int extra, string? divisionCode) =>
        unit == TimeLimitUnit.Hours
            ? due.AddHours(extra)
            // A day deadline is 24:00 of its last day; counting on from that day, not the next.
            : Due(calendar, unit, due.AddTicks(-1), extra, divisionCode);

    /// <summary>
    /// The new deadline of a clock paused at <paramref name="pausedAt"/> and counting again at <paramref name="now"/>:
    /// the days left are counted again from today, the hours left from now.
    /// </summary>
    public static DateTimeOffset Resume(IWorkingCalendar calendar, TimeLimitUnit unit, DateTimeOffset pausedAt, DateTimeOffset due, DateTimeOffset now,
        string? divisionCode) => unit switch
    {
        TimeLimitUnit.Hours => now + (due - pausedAt),
        TimeLimitUnit.CalendarDays => Due(calendar, unit, now, ChinaTime.DayOf(due.AddTicks(-1)).DayNumber - ChinaTime.DayOf(pausedAt).DayNumber,
            divisionCode),
        _ => Due(calendar, unit, now, calendar.WorkingDaysBetween(pausedAt, due), divisionCode),
    };

    /// <summary>
    /// When a clock of <paramref name="limit"/> units turns yellow: a quarter (<see cref="EngineOptions.YellowWarningHoursShare"/>)
    /// of an hour limit before the deadline, or <see cref="EngineOptions.YellowWarningWorkingDays"/> days (working or
    /// calendar, as the unit) before the deadline's day.
    /// </summary>
    public static DateTimeOffset Yellow(IWorkingCalendar calendar, EngineOptions options, TimeLimitUnit unit, DateTimeOffset due, int limit) => unit switch
    {
        TimeLimitUnit.Hours => due - TimeSpan.FromHours(limit * options.YellowWarningHoursShare),
        TimeLimitUnit.CalendarDays => ChinaTime.EndOf(ChinaTime.DayOf(due.AddTicks(-1)).AddDays(-options.YellowWarningWorkingDays)),
        _ => WorkingDaysBefore(calendar, due, options.YellowWarningWorkingDays),
    };

    /// <summary>The yellow rule's words: <c>距办理时限不足 2 个工作日</c>, <c>… 6 小时</c>.</summary>
    public static string YellowRule(EngineOptions options, TimeLimitUnit unit, int limit) => unit == TimeLimitUnit.Hours
        ? $"距办理时限不足 {(limit * options.YellowWarningHoursShare).ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} 小时，黄色预警"
        : $"距办理时限不足 {unit.Amount(options.YellowWarningWorkingDays)}，黄色预警";

    /// <summary>The end of the working day that lies <paramref name="workingDays"/> working days before the deadline's day.</summary>
    private static DateTimeOffset WorkingDaysBefore(IWorkingCalendar calendar, DateTimeOffset due, int workingDays)
    {
        var day = ChinaTime.DayOf(due.AddTicks(-1));
        for (var left = workingDays; left > 0;)
        {
            day = day.AddDays(-1);
            if (calendar.IsWorkingDay(day))
            {
                left--;
            }
        }
        return ChinaTime.EndOf(day);
    }
}
