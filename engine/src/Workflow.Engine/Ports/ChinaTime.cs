namespace Workflow.Engine.Ports;

/// <summary>Legal days are China days: UTC+8, no daylight saving.</summary>
public static class ChinaTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DayOf(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(Offset).DateTime);

    /// <summary>24:00 China time of <paramref name="day"/>: the instant a deadline on that day ends.</summary>
    public static DateTimeOffset EndOf(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), Offset);

    /// <summary>
    /// The end of a calendar-day limit (自然日): 24:00 China time of the date <paramref name="days"/> days after
    /// <paramref name="from"/>'s date.
    /// </summary>
    public static DateTimeOffset EndOfNthCalendarDay(DateTimeOffset from, int days) => EndOf(DayOf(from).AddDays(days));
}
