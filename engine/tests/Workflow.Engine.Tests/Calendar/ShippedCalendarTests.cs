using System.Text.RegularExpressions;
using Workflow.Engine.Calendar;
using Workflow.Engine.Tests.Support;
using static Workflow.Engine.Tests.Calendar.CalendarFixtures;

namespace Workflow.Engine.Tests.Calendar;

/// <summary>
/// The shipped years say exactly what cn-holidays.md says. The facts file is read here independently of the JSON, so a
/// typo in either shows up as a difference.
/// </summary>
public sealed partial class ShippedCalendarTests
{
    private static readonly string FactsFile = Path.GetFullPath(Path.Combine(Paths.RepoRoot, "..", "shared", "data", "cn-holidays.md"));

    public static TheoryData<int> ShippedYears() => [2024, 2025, 2026];

    [Fact]
    public void Shipped_Years_Are2024To2026()
    {
        Assert.Equal([2024, 2025, 2026], HolidayCalendar.Shipped.Years.Select(y => y.Year));
        Assert.False(HolidayCalendar.Shipped.Covers(2023));
        Assert.False(HolidayCalendar.Shipped.Covers(2027));
    }

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Shipped_Year_MatchesTheFactsFile(int year)
    {
        var facts = Facts().Single(f => f.Year == year);
        var shipped = HolidayCalendar.Shipped.Years.Single(y => y.Year == year);

        Assert.Equal(facts.NoticeDate, shipped.EffectiveFrom);
        Assert.Equal(facts.NoticeNumber, shipped.NoticeNumber);
        Assert.Equal($"国务院办公厅关于{year}年部分节假日安排的通知", shipped.Notice);
        Assert.Equal(facts.Blocks, shipped.Holidays.Select(h => (h.Name, h.From, h.To)));
        Assert.Equal(facts.MakeUps, shipped.MakeUpWorkdays.Select(m => (m.Holiday, m.Date)));
    }

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Shipped_EveryDayOffAndEveryMakeUpDay_IsClassifiedAsTheFactsFileSays(int year)
    {
        var facts = Facts().Single(f => f.Year == year);
        var calendar = HolidayCalendar.Shipped;

        foreach (var (_, from, to) in facts.Blocks)
        {
            for (var day = from; day <= to; day = day.AddDays(1))
            {
                Assert.False(calendar.IsWorkingDay(day), $"{Iso(day)} is a holiday");
            }
        }
        foreach (var (_, day) in facts.MakeUps)
        {
            Assert.True(day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday, $"{Iso(day)} is a weekend day");
            Assert.True(calendar.IsWorkingDay(day), $"{Iso(day)} is a make-up working day");
        }
    }

    [Theory]
    [MemberData(nameof(ShippedYears))]
    public void Shipped_OrdinaryDays_FollowTheWeek(int year)
    {
        var facts = Facts().Single(f => f.Year == year);
        var special = facts.Blocks.SelectMany(b => Enumerable.Range(0, b.To.DayNumber - b.From.DayNumber + 1).Select(b.From.AddDays))
            .Concat(facts.MakeUps.Select(m => m.Date)).ToHashSet();

        for (var day = new DateOnly(year, 1, 1); day.Year == year; day = day.AddDays(1))
        {
            if (!special.Contains(day))
            {
                Assert.Equal(day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday), HolidayCalendar.Shipped.IsWorkingDay(day));
            }
        }
    }

    [Theory]
    [InlineData(2024, 251)]
    [InlineData(2025, 248)]
    [InlineData(2026, 248)]
    public void Shipped_WorkingDaysInYear_MatchCountByHand(int year, int expected)
    {
        // By hand: weekdays in the year, minus weekdays inside holiday blocks, plus make-up days
        // (2024: 262 - 19 + 8; 2025: 261 - 18 + 5; 2026: 261 - 19 + 6).
        Assert.Equal(expected, HolidayCalendar.Shipped.WorkingDaysBetween(new DateOnly(year - 1, 12, 31), new DateOnly(year, 12, 31)));
    }

    [Fact]
    public void Shipped_Version_IsPinned()
    {
        // Deadlines already stored carry this version; a change to the shipped data must be deliberate.
        Assert.Equal("sha256:1c426adee741e908", HolidayCalendar.Shipped.Version);
    }

    private static List<YearFacts> Facts()
    {
        var years = new List<YearFacts>();
        YearFacts? current = null;
        foreach (var line in File.ReadAllLines(FactsFile))
        {
            if (YearHeading().Match(line) is { Success: true } heading)
            {
                current = new YearFacts(int.Parse(heading.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), Day(heading.Groups[2].Value),
                    heading.Groups[3].Success ? heading.Groups[3].Value : null, [], []);
                years.Add(current);
            }
            else if (current is not null && TableRow().Match(line) is { Success: true } row && row.Groups[1].Value.Trim() is var name && name is not ("holiday" or "---"))
            {
                var off = Dates(row.Groups[2].Value);
                current.Blocks.Add((name, off[0], off[^1]));
                current.MakeUps.AddRange(Dates(row.Groups[3].Value).Select(d => (name, d)));
            }
        }
        Assert.Equal(3, years.Count);
        return years;
    }

    private static List<DateOnly> Dates(string cell) => [.. IsoDate().Matches(cell).Select(m => Day(m.Value))];

    [GeneratedRegex(@"^## (\d{4}) \(notice dated (\d{4}-\d{2}-\d{2})(?:, ([^)]+))?\)")]
    private static partial Regex YearHeading();

    [GeneratedRegex(@"^\|([^|]+)\|([^|]+)\|([^|]+)\|$")]
    private static partial Regex TableRow();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}")]
    private static partial Regex IsoDate();

    private sealed record YearFacts(int Year, DateOnly NoticeDate, string? NoticeNumber, List<(string Name, DateOnly From, DateOnly To)> Blocks,
        List<(string Holiday, DateOnly Date)> MakeUps);
}
