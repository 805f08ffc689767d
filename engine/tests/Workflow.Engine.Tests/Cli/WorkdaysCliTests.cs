using Workflow.Engine.Tests.Calendar;
using static Workflow.Engine.Tests.Cli.WfCliTests;

namespace Workflow.Engine.Tests.Cli;

/// <summary><c>wf workdays</c>, as an administrator uses it: the answer on stdout, exit 0/1/2, Chinese messages.</summary>
public sealed class WorkdaysCliTests
{
    [Theory]
    [InlineData("2026-02-13", "1", "2026-02-14")]
    [InlineData("2025-09-30", "1", "2025-10-09")]
    [InlineData("2024-05-01", "1", "2024-05-06")]
    [InlineData("2026-09-14", "25", "2026-10-23")]
    [InlineData("2026-10-01", "0", "2026-10-01")]
    public async Task Add_CoveredDates_PrintsTheNthWorkingDay(string date, string n, string expected)
    {
        var (exit, output, error) = await Wf("workdays", "add", date, n);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.TrimEnd());
        Assert.Empty(error);
    }

    [Theory]
    [InlineData("2025-09-26", "2025-10-12", "6")]
    [InlineData("2024-09-27", "2024-10-13", "7")]
    [InlineData("2026-09-18", "2026-10-11", "11")]
    [InlineData("2025-10-12", "2025-09-26", "-6")]
    public async Task Between_AroundNationalDay_PrintsTheCount(string from, string to, string expected)
    {
        var (exit, output, _) = await Wf("workdays", "between", from, to);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.TrimEnd());
    }

    [Theory]
    [InlineData("add", "2026-12-31", "1")]
    [InlineData("between", "2023-12-01", "2024-01-05")]
    public async Task Workdays_YearMissing_ExitsOneNamingTheYear(string command, string a, string b)
    {
        var (exit, output, error) = await Wf("workdays", command, a, b);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains(command == "add" ? "缺少 2027 年" : "缺少 2023 年", error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public async Task Add_CalendarDirWithNextYear_UsesIt()
    {
        using var folder = new TempCalendarDirectory(("cn-2027.json", CalendarFixtures.Fictional2027));

        var (exit, output, _) = await Wf("workdays", "add", "2026-12-31", "1", "--calendar-dir", folder.Path);

        Assert.Equal(0, exit);
        Assert.Equal("2027-01-04", output.TrimEnd());
    }

    [Fact]
    public async Task Between_DivisionInsideClosedDistrict_CountsTheClosure()
    {
        using var folder = new TempCalendarDirectory(("closure-500113.json", CalendarFixtures.DistrictClosure));

        var (inside, insideOut, _) = await Wf("workdays", "between", "2026-07-03", "2026-07-10", "--division", "500113102001", "--calendar-dir", folder.Path);
        var (outside, outsideOut, _) = await Wf("workdays", "between", "2026-07-03", "2026-07-10", "--calendar-dir", folder.Path, "--division", "500112102001");

        Assert.Equal((0, "2"), (inside, insideOut.TrimEnd()));
        Assert.Equal((0, "5"), (outside, outsideOut.TrimEnd()));
    }

    [Fact]
    public async Task Add_CalendarDirMissing_ExitsOne()
    {
        var (exit, _, error) = await Wf("workdays", "add", "2026-02-13", "1", "--calendar-dir", Path.Combine(Path.GetTempPath(), $"wf-none-{Guid.NewGuid():N}"));

        Assert.Equal(1, exit);
        Assert.Contains("日历目录不存在", error);
    }

    [Fact]
    public async Task Add_CalendarFileMalformed_ExitsOneNamingFileAndPath()
    {
        using var folder = new TempCalendarDirectory(("cn-2027.json", """{"years": [{"year": 2027, "notice": "n", "effectiveFrom": "2026-11-01", "holidays": [{"name": "元旦", "from": "2027-01-01", "to": "2027-1-3"}]}]}"""));

        var (exit, _, error) = await Wf("workdays", "add", "2026-02-13", "1", "--calendar-dir", folder.Path);

        Assert.Equal(1, exit);
        Assert.Contains("cn-2027.json: $.years[0].holidays[0].to: 必须是 yyyy-MM-dd 格式的日期。", error);
    }

    [Theory]
    [InlineData("workdays")]
    [InlineData("workdays", "add", "2026-02-13")]
    [InlineData("workdays", "between", "2026-01-01")]
    [InlineData("workdays", "add", "2026-13-01", "1")]
    [InlineData("workdays", "add", "13/02/2026", "1")]
    [InlineData("workdays", "add", "2026-02-13", "x")]
    [InlineData("workdays", "add", "2026-02-13", "-1")]
    [InlineData("workdays", "add", "2026-02-13", "10001")]
    [InlineData("workdays", "between", "2026-01-01", "2026-02-30")]
    [InlineData("workdays", "frobnicate", "a", "b")]
    [InlineData("workdays", "add", "2026-02-13", "1", "--division", "500113")]
    [InlineData("workdays", "add", "2026-02-13", "1", "--calendar-dir")]
    [InlineData("workdays", "add", "2026-02-13", "1", "--bogus")]
    public async Task Workdays_BadCommandLine_ExitsTwoWithUsage(params string[] args)
    {
        var (exit, output, error) = await Wf(args);

        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("用法", error);
        Assert.Contains("wf workdays add DATE N", error);
    }
}
