namespace Workflow.Engine.Ports;

/// <summary>
/// Counts legal time limits in working days. The core default knows only weekends; the durable runtime plugs in the
/// State Council holiday calendar. Days are China days (UTC+8); a deadline is the end (24:00) of its last day.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The end of the <paramref name="workingDays"/>-th working day after <paramref name="from"/>'s day.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays);

    /// <summary>The same, for a case in <paramref name="divisionCode"/>: local closures of that division count as days off.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays, string? divisionCode) => AddWorkingDays(from, workingDays);

    /// <summary>Identifies the calendar data, stored with every deadline computed from it.</summary>
    string Version => "weekends-only";

    /// <summary>
    /// The calendar to use for one command: a calendar that an administrator's change can replace gives the one in force
    /// now, so every deadline and the version stored beside it come from the same data.
    /// </summary>
    IWorkingCalendar Pinned() => this;

    bool IsWorkingDay(DateOnly day)
    {
        var previous = new DateTimeOffset(day.AddDays(-1).ToDateTime(TimeOnly.MinValue), ChinaTime.Offset);
        return AddWorkingDays(previous, 1) == ChinaTime.EndOf(day);
    }

    /// <summary>Working days after <paramref name="from"/>'s day, up to and including <paramref name="to"/>'s day.</summary>
    int WorkingDaysBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var day = ChinaTime.DayOf(from);
        var last = ChinaTime.DayOf(to.AddTicks(-1));
        var count = 0;
        while (day < last)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}
