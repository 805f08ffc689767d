namespace Workflow.Engine.Calendar;

/// <summary>
/// A deadline computed by <see cref="HolidayCalendar.Deadline"/>: the instant, the day it ends, and what computed it.
/// Store <paramref name="CalendarVersion"/> and <paramref name="Coverage"/> with the deadline, so a later calendar
/// change never moves it silently.
/// </summary>
/// <param name="DueAt">24:00 China time (UTC+8) of <paramref name="LastDay"/>.</param>
/// <param name="LastDay">The Nth working day.</param>
/// <param name="CalendarVersion">The <see cref="HolidayCalendar.Version"/> that computed it.</param>
/// <param name="Coverage">Whether a missing year forced the weekends-only fallback.</param>
/// <param name="MissingYears">The years that fell back, in order; empty when <paramref name="Coverage"/> is full.</param>
public sealed record CalendarDeadline(
    DateTimeOffset DueAt,
    DateOnly LastDay,
    string CalendarVersion,
    CalendarCoverage Coverage,
    IReadOnlyList<int> MissingYears)
{
    /// <summary>A Chinese warning for officers and logs when the fallback was used; otherwise null.</summary>
    public string? Warning => Coverage == CalendarCoverage.Full
        ? null
        : $"工作日历缺少 {string.Join("、", MissingYears)} 年的节假日安排，该时限暂按仅周末休息计算，补充日历后须人工复核。";
}
