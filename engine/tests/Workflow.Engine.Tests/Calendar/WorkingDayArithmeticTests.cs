using Workflow.Engine.Calendar;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>
/// Adding and counting working days around every 2024–2026 holiday block and make-up day. Expected dates were worked
/// out by hand from cn-holidays.md and a wall calendar, not by running the code.
/// </summary>
public sealed class WorkingDayArithmeticTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Shipped;

    [Theory]
    // 2024
    [InlineData("2023-12-31", 1, "2024-01-02")] // 元旦 Mon 01-01
    [InlineData("2024-02-02", 1, "2024-02-04")] // Fri → Sun make-up for 春节
    [InlineData("2024-02-09", 1, "2024-02-18")] // 春节 02-10–02-17, 02-18 Sun make-up
    [InlineData("2024-04-03", 1, "2024-04-07")] // 清明 04-04–04-06, 04-07 Sun make-up
    [InlineData("2024-04-26", 1, "2024-04-28")] // Sat 04-27 off, Sun 04-28 make-up for 劳动节
    [InlineData("2024-04-30", 1, "2024-05-06")] // 劳动节 05-01–05-05
    [InlineData("2024-05-01", 1, "2024-05-06")]
    [InlineData("2024-05-10", 1, "2024-05-11")] // Sat make-up
    [InlineData("2024-06-07", 1, "2024-06-11")] // weekend + 端午 Mon 06-10
    [InlineData("2024-09-13", 1, "2024-09-14")] // Sat make-up for 中秋
    [InlineData("2024-09-14", 1, "2024-09-18")] // 中秋 09-15–09-17
    [InlineData("2024-09-27", 1, "2024-09-29")] // Sun make-up for 国庆
    [InlineData("2024-09-30", 1, "2024-10-08")] // 国庆 10-01–10-07
    [InlineData("2024-10-11", 1, "2024-10-12")] // Sat make-up
    // 2025
    [InlineData("2024-12-31", 1, "2025-01-02")] // 元旦 Wed 01-01
    [InlineData("2025-01-24", 1, "2025-01-26")] // Sun make-up for 春节
    [InlineData("2025-01-27", 1, "2025-02-05")] // 春节 01-28–02-04
    [InlineData("2025-02-07", 1, "2025-02-08")] // Sat make-up
    [InlineData("2025-04-03", 1, "2025-04-07")] // 清明 04-04–04-06, no make-up
    [InlineData("2025-04-25", 1, "2025-04-27")] // Sun make-up for 劳动节
    [InlineData("2025-04-30", 1, "2025-05-06")] // 劳动节 05-01–05-05
    [InlineData("2025-05-30", 1, "2025-06-03")] // 端午 05-31–06-02
    [InlineData("2025-09-26", 1, "2025-09-28")] // Sun make-up for 国庆、中秋
    [InlineData("2025-09-30", 1, "2025-10-09")] // 国庆、中秋 10-01–10-08
    [InlineData("2025-10-10", 1, "2025-10-11")] // Sat make-up
    [InlineData("2025-09-26", 5, "2025-10-10")]
    // 2026
    [InlineData("2025-12-31", 1, "2026-01-04")] // 元旦 01-01–01-03, 01-04 Sun make-up
    [InlineData("2026-02-13", 1, "2026-02-14")] // Sat make-up before 春节
    [InlineData("2026-02-14", 1, "2026-02-24")] // 春节 02-15–02-23
    [InlineData("2026-02-12", 3, "2026-02-24")]
    [InlineData("2026-02-27", 1, "2026-02-28")] // Sat make-up after 春节
    [InlineData("2026-04-03", 1, "2026-04-07")] // 清明 04-04–04-06
    [InlineData("2026-04-30", 1, "2026-05-06")] // 劳动节 05-01–05-05
    [InlineData("2026-05-08", 1, "2026-05-09")] // Sat make-up
    [InlineData("2026-06-18", 1, "2026-06-22")] // 端午 06-19–06-21
    [InlineData("2026-09-18", 1, "2026-09-20")] // Sun make-up for 国庆
    [InlineData("2026-09-24", 1, "2026-09-28")] // 中秋 09-25–09-27
    [InlineData("2026-09-30", 1, "2026-10-08")] // 国庆 10-01–10-07
    [InlineData("2026-10-09", 1, "2026-10-10")] // Sat make-up
    [InlineData("2026-09-14", 25, "2026-10-23")] // a 25-working-day 低保 limit across 中秋 and 国庆
    // the start day never counts, and zero is the start day itself
    [InlineData("2026-03-06", 1, "2026-03-09")]
    [InlineData("2026-10-01", 0, "2026-10-01")]
    public void AddWorkingDays_AroundHolidays_LandsOnTheNthWorkingDay(string from, int days, string expected)
    {
        Assert.Equal(Day(expected), Calendar.AddWorkingDays(Day(from), days));
    }

    [Theory]
    [InlineData("2024-09-27", "2024-10-13", 7)]  // 09-29, 09-30, 10-08 … 10-11, 10-12 (Sat make-up)
    [InlineData("2025-09-26", "2025-10-12", 6)]  // 09-28, 09-29, 09-30, 10-09, 10-10, 10-11
    [InlineData("2026-09-18", "2026-10-11", 11)] // 09-20, 09-21 … 09-24, 09-28 … 09-30, 10-08, 10-09, 10-10
    [InlineData("2025-09-30", "2025-10-08", 0)]
    [InlineData("2025-09-30", "2025-10-09", 1)]
    [InlineData("2026-02-13", "2026-02-28", 6)]  // 02-14, 02-24 … 02-27, 02-28
    [InlineData("2026-05-04", "2026-05-04", 0)]
    [InlineData("2025-10-12", "2025-09-26", -6)]
    public void WorkingDaysBetween_AroundHolidays_CountsDaysAfterStartUpToEnd(string from, string to, int expected)
    {
        Assert.Equal(expected, Calendar.WorkingDaysBetween(Day(from), Day(to)));
    }

    [Fact]
    public void AddThenBetween_EveryStartDateAndCount_RoundTrips()
    {
        int[] counts = [0, 1, 2, 3, 5, 7, 10, 15, 20];
        for (var day = Day("2023-12-31"); day <= Day("2026-11-30"); day = day.AddDays(1))
        {
            foreach (var n in counts)
            {
                var end = Calendar.AddWorkingDays(day, n);

                Assert.Equal(n, Calendar.WorkingDaysBetween(day, end));
                if (n > 0)
                {
                    // The Nth working day is the first day at which the count reaches N.
                    Assert.True(Calendar.IsWorkingDay(end), $"{Iso(day)} + {n} = {Iso(end)} must be a working day");
                    Assert.Equal(n - 1, Calendar.WorkingDaysBetween(day, end.AddDays(-1)));
                }
            }
        }
    }

    [Fact]
    public void WorkingDaysBetween_ConsecutiveRanges_AddUp()
    {
        var random = new Random(20260213);
        var first = Day("2023-12-31").DayNumber;
        var span = Day("2026-12-31").DayNumber - first;
        for (var i = 0; i < 500; i++)
        {
            var points = new[] { random.Next(span + 1), random.Next(span + 1), random.Next(span + 1) }
                .Select(offset => DateOnly.FromDayNumber(first + offset)).ToArray();
            var (a, b, c) = (points[0], points[1], points[2]);

            Assert.Equal(Calendar.WorkingDaysBetween(a, c), Calendar.WorkingDaysBetween(a, b) + Calendar.WorkingDaysBetween(b, c));
        }
    }

    [Fact]
    public void AddWorkingDays_NegativeOrHugeCount_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2026-01-05"), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.AddWorkingDays(Day("2026-01-05"), HolidayCalendar.MaxWorkingDays + 1));
    }

    [Fact]
    public void EndOfNthCalendarDay_PublicNotice_CountsPlainDaysInChinaTime()
    {
        // 公示 7 days is counted in calendar days: holidays do not stretch it.
        Assert.Equal(Instant("2026-10-08T00:00:00+08:00"), ChinaTime.EndOfNthCalendarDay(Instant("2026-09-30T23:30:00+08:00"), 7));
        Assert.Equal(Instant("2026-10-09T00:00:00+08:00"), ChinaTime.EndOfNthCalendarDay(Instant("2026-09-30T16:30:00Z"), 7));
    }
}
