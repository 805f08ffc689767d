namespace Workflow.Engine.Calendar;

/// <summary>Building a calendar from sources: validate each, pick one entry per year, refuse contradictions.</summary>
public sealed partial class HolidayCalendar
{
    private static readonly Lazy<HolidayCalendar> ShippedCalendar = new(() => Create([CalendarSources.Shipped]));

    /// <summary>The calendar of the data shipped in this release (2024–2026), with no administrator additions.</summary>
    public static HolidayCalendar Shipped => ShippedCalendar.Value;

    /// <summary>The shipped data plus <paramref name="extra"/> (an administrator's folder, what the persistence layer stores).</summary>
    /// <exception cref="CalendarDataException">A source is malformed, or sources disagree.</exception>
    public static HolidayCalendar Load(IEnumerable<CalendarData>? extra = null) => Create([CalendarSources.Shipped, .. extra ?? []]);

    /// <summary>
    /// A calendar of exactly <paramref name="sources"/> (include <see cref="CalendarSources.Shipped"/> to keep the shipped
    /// years). When several sources carry one year, the entry with the latest <see cref="CalendarYear.EffectiveFrom"/>
    /// wins; two different entries with the same date are a conflict. Closures from all sources apply.
    /// </summary>
    /// <exception cref="CalendarDataException">A source is invalid, or sources disagree.</exception>
    public static HolidayCalendar Create(IEnumerable<CalendarData> sources)
    {
        var all = sources.ToList();
        var errors = all.SelectMany(CalendarValidator.Validate).ToList();
        if (errors.Count > 0)
        {
            throw new CalendarDataException(errors);
        }
        var years = ChooseYears(all, errors);
        var national = NationalDays(years, errors);
        if (errors.Count > 0)
        {
            throw new CalendarDataException(errors);
        }
        var closures = all.SelectMany(s => s.Closures).Distinct().ToList();
        return new HolidayCalendar([.. years.Select(y => y.Year)], closures, national);
    }

    private static List<(CalendarYear Year, string Source)> ChooseYears(List<CalendarData> sources, List<CalendarDataError> errors)
    {
        var chosen = new List<(CalendarYear Year, string Source)>();
        var byYear = sources.SelectMany(s => s.Years.Select(y => (Year: y, s.Source))).GroupBy(e => e.Year.Year).OrderBy(g => g.Key);
        foreach (var group in byYear)
        {
            var latest = group.Max(e => e.Year.EffectiveFrom);
            var candidates = group.Where(e => e.Year.EffectiveFrom == latest).ToList();
            var first = candidates[0];
            foreach (var other in candidates.Skip(1).Where(o => !SameDays(o.Year, first.Year)))
            {
                errors.Add(new CalendarDataError(other.Source, "",
                    $"{group.Key} 年的安排与 {first.Source} 中的不同，但生效日期同为 {latest:yyyy-MM-dd}；更正时请使用更晚的 effectiveFrom。"));
            }
            chosen.Add(first);
        }
        return chosen;
    }

    private static Dictionary<DateOnly, bool> NationalDays(List<(CalendarYear Year, string Source)> years, List<CalendarDataError> errors)
    {
        var days = new Dictionary<DateOnly, (bool Worked, int Year)>();
        foreach (var (year, source) in years)
        {
            var own = year.Holidays.SelectMany(b => Range(b.From, b.To)).Select(d => (Day: d, Worked: false))
                .Concat(year.MakeUpWorkdays.Select(m => (Day: m.Date, Worked: true)));
            foreach (var (day, worked) in own)
            {
                if (days.TryGetValue(day, out var earlier) && earlier.Worked != worked)
                {
                    // A notice may name a day of the neighbouring year (a 元旦 block reaching back into December).
                    errors.Add(new CalendarDataError(source, "",
                        $"{day:yyyy-MM-dd} 在 {year.Year} 年的安排中{(worked ? "是调休上班日" : "放假")}，在 {earlier.Year} 年的安排中{(earlier.Worked ? "是调休上班日" : "放假")}。"));
                    continue;
                }
                days[day] = (worked, earlier.Year == 0 ? year.Year : earlier.Year);
            }
        }
        return days.ToDictionary(p => p.Key, p => p.Value.Worked);
    }

    private static bool SameDays(CalendarYear a, CalendarYear b) =>
        a.Holidays.SelectMany(h => Range(h.From, h.To)).Order().SequenceEqual(b.Holidays.SelectMany(h => Range(h.From, h.To)).Order())
        && a.MakeUpWorkdays.Select(m => m.Date).Order().SequenceEqual(b.MakeUpWorkdays.Select(m => m.Date).Order());

    private static IEnumerable<DateOnly> Range(DateOnly from, DateOnly to)
    {
        for (var d = from; d <= to; d = d.AddDays(1))
        {
            yield return d;
        }
    }
}
