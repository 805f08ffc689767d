using Workflow.Engine.Calendar;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>A local closure applies to its division subtree and nowhere else.</summary>
public sealed class LocalClosureTests
{
    private static readonly HolidayCalendar Calendar = HolidayCalendar.Load(extra: [Read(CalendarFixtures.DistrictClosure)]);

    [Theory]
    [InlineData("500113000000", false)] // the district office itself
    [InlineData("500113102000", false)] // a township in it
    [InlineData("500113102001", false)] // a village in it
    [InlineData("500112000000", true)]  // the neighbouring district
    [InlineData("500100000000", true)]  // the city above
    [InlineData(null, true)]            // national
    public void IsWorkingDay_DistrictClosure_OnlyInsideTheDistrict(string? division, bool expected)
    {
        Assert.Equal(expected, Calendar.IsWorkingDay(Day("2026-07-07"), division));
        Assert.True(Calendar.IsWorkingDay(Day("2026-07-09"), division));
    }

    [Fact]
    public void AddWorkingDays_DistrictClosure_PushesOnlyTheDistrictsDeadline()
    {
        Assert.Equal(Day("2026-07-09"), Calendar.AddWorkingDays(Day("2026-07-03"), 1, "500113102001"));
        Assert.Equal(Day("2026-07-06"), Calendar.AddWorkingDays(Day("2026-07-03"), 1, "500112102001"));
        Assert.Equal(Day("2026-07-06"), Calendar.AddWorkingDays(Day("2026-07-03"), 1));
        Assert.Equal(2, Calendar.WorkingDaysBetween(Day("2026-07-03"), Day("2026-07-10"), "500113000000"));
        Assert.Equal(5, Calendar.WorkingDaysBetween(Day("2026-07-03"), Day("2026-07-10")));
    }

    [Fact]
    public void IsWorkingDay_TownshipClosure_LeavesSiblingTownshipsOpen()
    {
        var calendar = HolidayCalendar.Load(extra: [Closure("500113102000", "2026-07-07", "2026-07-07")]);

        Assert.False(calendar.IsWorkingDay(Day("2026-07-07"), "500113102007"));
        Assert.True(calendar.IsWorkingDay(Day("2026-07-07"), "500113103001"));
        Assert.True(calendar.IsWorkingDay(Day("2026-07-07"), "500113000000"));
    }

    [Fact]
    public void IsWorkingDay_ClosureOnMakeUpSaturday_ClosesIt()
    {
        var calendar = HolidayCalendar.Load(extra: [Closure("540000000000", "2026-02-14", "2026-02-14")]);

        Assert.False(calendar.IsWorkingDay(Day("2026-02-14"), "540102000000"));
        Assert.True(calendar.IsWorkingDay(Day("2026-02-14"), "500113000000"));
    }

    [Fact]
    public void Closure_ChangesTheVersion()
    {
        Assert.NotEqual(HolidayCalendar.Shipped.Version, Calendar.Version);
        Assert.Equal(Calendar.Version, HolidayCalendar.Load(extra: [Read(CalendarFixtures.DistrictClosure), Read(CalendarFixtures.DistrictClosure)]).Version);
    }

    [Theory]
    [InlineData("000000000000")]
    [InlineData("50011300000")]
    [InlineData("5001130000ab")]
    public void Create_ClosureForNoRealSubtree_IsRefused(string division)
    {
        var ex = Assert.Throws<CalendarDataException>(() => HolidayCalendar.Load(extra: [Closure(division, "2026-07-07", "2026-07-07")]));

        Assert.Equal("$.closures[0].division", ex.Errors.Single().Path);
    }

    [Fact]
    public void IsWorkingDay_MalformedDivisionArgument_IsACallerBug()
    {
        Assert.Throws<ArgumentException>(() => Calendar.IsWorkingDay(Day("2026-07-07"), "500113"));
    }

    private static CalendarData Read(string json) => CalendarSources.ReadJson(json, "test").Documents.Single();

    private static CalendarData Closure(string division, string from, string to) =>
        new([], [new LocalClosure(division, "测试停止办公", Day(from), Day(to), "测试通告", Day(from).AddDays(-1))]) { Source = "test" };
}
