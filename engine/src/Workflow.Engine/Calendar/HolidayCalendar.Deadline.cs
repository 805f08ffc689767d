using Workflow.Engine.Ports;

namespace Workflow.Engine.Calendar;

/// <summary>The engine-facing side: deadlines that never fail on a missing year, but say so.</summary>
public sealed partial class HolidayCalendar
{
    /// <summary>
    /// Raised by the <see cref="IWorkingCalendar"/> adapter whenever a missing year forced the weekends-only fallback,
    /// because that interface can return only the instant. Hosts log it and raise an alert; the calendar stays usable.
    /// </summary>
    public event EventHandler<CalendarFallbackEventArgs>? FallbackUsed;

    /// <summary>
    /// The end of the <paramref name="workingDays"/>-th working day after <paramref name="from"/> (24:00 UTC+8), with the
    /// calendar version and coverage to store beside it. Days in a missing year count Monday to Friday as working
    /// (cn-holidays.md: weekends-only is the only safe fallback) and the result is flagged
    /// <see cref="CalendarCoverage.WeekendsOnlyFallback"/>; local closures still apply.
    /// </summary>
    public CalendarDeadline Deadline(DateTimeOffset from, int workingDays, string? divisionCode = null)
    {
        var missing = new SortedSet<int>();
        var day = Walk(ChinaTime.DayOf(from), workingDays, Require(divisionCode, nameof(divisionCode)), missing);
        var coverage = missing.Count == 0 ? CalendarCoverage.Full : CalendarCoverage.WeekendsOnlyFallback;
        return new CalendarDeadline(ChinaTime.EndOf(day), day, Version, coverage, [.. missing]);
    }

    /// <summary>
    /// The port the engine calls (ActivityContext.OpenTask). It has no division and returns only the instant, so a
    /// fallback is reported through <see cref="FallbackUsed"/>.
    /// </summary>
    DateTimeOffset IWorkingCalendar.AddWorkingDays(DateTimeOffset from, int workingDays) =>
        ((IWorkingCalendar)this).AddWorkingDays(from, workingDays, null);

    /// <summary>The engine's division-aware deadline: local closures of the case's division count as days off.</summary>
    DateTimeOffset IWorkingCalendar.AddWorkingDays(DateTimeOffset from, int workingDays, string? divisionCode)
    {
        var deadline = Deadline(from, workingDays, divisionCode);
        if (deadline.Coverage != CalendarCoverage.Full)
        {
            FallbackUsed?.Invoke(this, new CalendarFallbackEventArgs(from, workingDays, deadline));
        }
        return deadline.DueAt;
    }
}
