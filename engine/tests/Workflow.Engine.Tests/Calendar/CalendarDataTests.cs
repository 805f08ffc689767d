using Workflow.Engine.Calendar;
using Workflow.Engine.Hosting.Calendar;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>Reading, checking and merging calendar documents, and the version that identifies the result.</summary>
public sealed class CalendarDataTests
{
    [Theory]
    [InlineData("{", "$")]
    [InlineData("[]", "$")]
    [InlineData("{}", "$")]
    [InlineData("""{"years": [{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [], "makeupWorkdays": []}]}""", "$.years[0].makeupWorkdays")]
    [InlineData("""{"years": [{"year": 2027, "notice": "n", "effectiveFrom": "2026/11/01"}]}""", "$.years[0].effectiveFrom")]
    [InlineData("""{"years": [{"year": "2027", "notice": "n", "effectiveFrom": "2026-11-01"}]}""", "$.years[0].year")]
    [InlineData("""{"years": [{"year": 2027, "effectiveFrom": "2026-11-01"}]}""", "$.years[0].notice")]
    [InlineData("""{"years": [{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [{"name": "元旦", "from": "2027-01-01"}]}]}""", "$.years[0].holidays[0].to")]
    [InlineData("""{"closures": {"division": "500113000000"}}""", "$.closures")]
    public void ReadJson_MalformedDocument_ReportsThePath(string json, string path)
    {
        var result = CalendarSources.ReadJson(json, "bad.json");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Documents);
        Assert.Contains(result.Errors, e => e.Path == path && e.Source == "bad.json");
    }

    [Fact]
    public void ReadJson_CommentsAndTrailingCommas_AreAccepted()
    {
        var result = CalendarSources.ReadJson("""
            {
              "$comment": "管理员添加",
              // 2027 年（测试用）
              "years": [ { "year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [], }, ],
            }
            """, "admin.json");

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(2027, result.Documents.Single().Years.Single().Year);
        Assert.Equal("admin.json", result.Documents.Single().Source);
    }

    [Theory]
    [InlineData("""{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [], "makeUpWorkdays": [{"date": "2027-01-06", "holiday": "元旦"}]}""",
        "$.years[0].makeUpWorkdays[0].date", "不是周六或周日")]
    [InlineData("""{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"}], "makeUpWorkdays": [{"date": "2027-01-02", "holiday": "元旦"}]}""",
        "$.years[0].makeUpWorkdays[0].date", "既在假期内又是调休上班日")]
    [InlineData("""{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [{"name": "春节", "from": "2027-02-10", "to": "2027-02-05"}]}""",
        "$.years[0].holidays[0].to", "早于开始日期")]
    [InlineData("""{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [{"name": "国庆节", "from": "2029-10-01", "to": "2029-10-07"}]}""",
        "$.years[0].holidays[0]", "不在 2027 年或其前后一年内")]
    [InlineData("""{"year": 1927, "notice": "n", "effectiveFrom": "1926-11-01"}""", "$.years[0].year", "不在")]
    public void Load_MeaninglessYear_IsRefusedWithPathAndReason(string yearJson, string path, string reason)
    {
        using var folder = new TempCalendarDirectory(("cn-2027.json", $$"""{"years": [{{yearJson}}]}"""));

        var ex = Assert.Throws<CalendarDataException>(() => CalendarFolder.Load(folder.Path));

        var error = Assert.Single(ex.Errors);
        Assert.Equal(path, error.Path);
        Assert.Contains(reason, error.Message);
        Assert.EndsWith("cn-2027.json", error.Source);
    }

    [Fact]
    public void Create_SameYearWithLaterEffectiveDate_ReplacesTheEarlierEntry()
    {
        // An administrator corrects 2026: 中秋 moved by one day (a made-up correction).
        var corrected = Year2026With(new DateOnly(2025, 12, 1), new HolidayBlock("中秋节", Day("2026-09-26"), Day("2026-09-28")));

        var calendar = HolidayCalendar.Create([CalendarSources.Shipped, corrected]);

        Assert.Equal(new DateOnly(2025, 12, 1), calendar.Years.Single(y => y.Year == 2026).EffectiveFrom);
        Assert.True(calendar.IsWorkingDay(Day("2026-09-25")));
        Assert.False(calendar.IsWorkingDay(Day("2026-09-28")));
        Assert.NotEqual(HolidayCalendar.Shipped.Version, calendar.Version);
    }

    [Fact]
    public void Create_SameYearSameEffectiveDateDifferentDays_IsAConflict()
    {
        var rival = Year2026With(new DateOnly(2025, 11, 4), new HolidayBlock("中秋节", Day("2026-09-26"), Day("2026-09-28")));

        var ex = Assert.Throws<CalendarDataException>(() => HolidayCalendar.Create([CalendarSources.Shipped, rival]));

        Assert.Contains("2026 年的安排", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Create_NeighbouringYearsDisagreeAboutADay_IsAConflict()
    {
        // The 2027 entry puts Sunday 2026-12-27 in its 元旦 block, while a corrected 2026 entry makes it a make-up day.
        var data = new CalendarData(
            [new CalendarYear(2027, "测试", null, Day("2026-11-01"), [new HolidayBlock("元旦", Day("2026-12-27"), Day("2027-01-01"))], [])],
            [])
        { Source = "cn-2027.json" };
        var with2026MakeUp = Year2026With(new DateOnly(2025, 12, 1), null, new MakeUpWorkday(Day("2026-12-27"), "元旦"));

        var ex = Assert.Throws<CalendarDataException>(() => HolidayCalendar.Create([CalendarSources.Shipped, with2026MakeUp, data]));

        Assert.Contains("2026-12-27", Assert.Single(ex.Errors).Message);
    }

    [Fact]
    public void Version_SameDaysInAnyOrderOrWording_IsTheSame()
    {
        var shipped = CalendarSources.Shipped;
        var reordered = new CalendarData(
            [.. shipped.Years.Reverse().Select(y => y with
            {
                Notice = y.Notice + "（转发）",
                Holidays = [.. y.Holidays.Reverse()],
                MakeUpWorkdays = [.. y.MakeUpWorkdays.Reverse()],
            })],
            []);

        Assert.Equal(HolidayCalendar.Shipped.Version, HolidayCalendar.Create([reordered]).Version);
        Assert.Equal(HolidayCalendar.Shipped.Version, HolidayCalendar.Create([CalendarSources.Shipped]).Version);
        Assert.Matches("^sha256:[0-9a-f]{16}$", HolidayCalendar.Shipped.Version);
    }

    [Fact]
    public void Version_OneDayChanged_Differs()
    {
        var moved = Year2026With(new DateOnly(2025, 12, 1), new HolidayBlock("中秋节", Day("2026-09-25"), Day("2026-09-28")));

        Assert.NotEqual(HolidayCalendar.Shipped.Version, HolidayCalendar.Create([CalendarSources.Shipped, moved]).Version);
    }

    private static CalendarData Year2026With(DateOnly effectiveFrom, HolidayBlock? replacingMidAutumn, MakeUpWorkday? extraMakeUp = null)
    {
        var shipped = HolidayCalendar.Shipped.Years.Single(y => y.Year == 2026);
        var holidays = shipped.Holidays.Select(h => h.Name == "中秋节" && replacingMidAutumn is not null ? replacingMidAutumn : h).ToList();
        List<MakeUpWorkday> makeUps = [.. shipped.MakeUpWorkdays, .. extraMakeUp is null ? [] : new[] { extraMakeUp }];
        return new CalendarData([shipped with { EffectiveFrom = effectiveFrom, Holidays = holidays, MakeUpWorkdays = makeUps }], []) { Source = "cn-2026-fix.json" };
    }
}
