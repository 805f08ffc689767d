using Workflow.Engine.Calendar;
using Workflow.Engine.Hosting.Calendar;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>A year the calendar lacks is reported, never guessed, until an administrator adds it.</summary>
public sealed class MissingYearTests
{
    [Fact]
    public void AddWorkingDays_IntoMissingYear_ThrowsNamingTheYearInChinese()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => HolidayCalendar.Shipped.AddWorkingDays(Day("2026-12-31"), 1));

        Assert.Equal(2027, ex.Year);
        Assert.Contains("缺少 2027 年", ex.Message);
    }

    [Fact]
    public void WorkingDaysBetween_ReachingBackIntoMissingYear_Throws()
    {
        var ex = Assert.Throws<CalendarYearMissingException>(() => HolidayCalendar.Shipped.WorkingDaysBetween(Day("2024-01-05"), Day("2023-12-20")));

        Assert.Equal(2023, ex.Year);
    }

    [Fact]
    public void IsWorkingDay_MissingYear_ThrowsEvenForAnOrdinaryWeekday()
    {
        Assert.Equal(2027, Assert.Throws<CalendarYearMissingException>(() => HolidayCalendar.Shipped.IsWorkingDay(Day("2027-03-03"))).Year);
    }

    [Fact]
    public void AddWorkingDays_EndingOnTheLastCoveredDay_NeedsNoLaterYear()
    {
        Assert.Equal(Day("2026-12-31"), HolidayCalendar.Shipped.AddWorkingDays(Day("2026-12-30"), 1));
        Assert.Equal(1, HolidayCalendar.Shipped.WorkingDaysBetween(Day("2026-12-30"), Day("2026-12-31")));
    }

    [Fact]
    public void AddWorkingDays_AtTheEndOfTime_ReportsTheMissingYear()
    {
        Assert.Throws<CalendarYearMissingException>(() => HolidayCalendar.Shipped.AddWorkingDays(DateOnly.MaxValue, 1));
    }

    [Fact]
    public void Load_YearFileInCalendarDirectory_FillsTheGap()
    {
        using var folder = new TempCalendarDirectory(("cn-2027.json", Fictional2027));

        var calendar = CalendarFolder.Load(folder.Path);

        Assert.True(calendar.Covers(2027));
        Assert.Equal(Day("2027-01-04"), calendar.AddWorkingDays(Day("2026-12-31"), 1)); // the fixture's 元旦 is Fri–Sun
        Assert.Equal(2, calendar.WorkingDaysBetween(Day("2026-12-30"), Day("2027-01-04")));
        Assert.Equal(Day("2026-02-14"), calendar.AddWorkingDays(Day("2026-02-13"), 1));
        Assert.NotEqual(HolidayCalendar.Shipped.Version, calendar.Version);
    }

    [Fact]
    public void Load_YearSuppliedAsData_FillsTheGapLikeAFile()
    {
        // What the persistence layer will hand over: the same documents, read from its own store.
        var stored = CalendarSources.ReadJson(Fictional2027, "db:calendar/2027").Documents.Single();
        using var folder = new TempCalendarDirectory(("cn-2027.json", Fictional2027));

        var fromData = HolidayCalendar.Load(extra: [stored]);

        Assert.Equal(CalendarFolder.Load(folder.Path).Version, fromData.Version);
        Assert.Equal(Day("2027-01-04"), fromData.AddWorkingDays(Day("2026-12-31"), 1));
    }

    [Fact]
    public void Load_MissingDirectory_IsADataError()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"wf-calendar-{Guid.NewGuid():N}");

        var ex = Assert.Throws<CalendarDataException>(() => CalendarFolder.Load(missing));

        Assert.Equal(missing, ex.Errors.Single().Source);
        Assert.Contains("不存在", ex.Errors.Single().Message);
    }
}
