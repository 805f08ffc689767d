using System.Collections.Frozen;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Calendar;

/// <summary>
/// The working-day calendar (办结时限, issue 3): weekends off, State Council holiday blocks off, make-up Saturdays and
/// Sundays (调休上班) worked, and local closures off for their division subtree. Immutable and thread-safe; to pick up
/// new data, build a new one (<see cref="Load"/>) and swap it in.
/// <para>
/// The date functions never guess a missing year: they throw <see cref="CalendarYearMissingException"/>.
/// <see cref="Deadline"/> and the <see cref="IWorkingCalendar"/> adapter instead fall back to weekends only and flag it.
/// </para>
/// </summary>
public sealed partial class HolidayCalendar : IWorkingCalendar
{
    /// <summary>About 40 years of working days: larger counts are a mistake, and would run past any calendar.</summary>
    public const int MaxWorkingDays = 10_000;

    private readonly FrozenSet<int> _years;
    private readonly FrozenDictionary<DateOnly, bool> _national;
    private readonly (string Prefix, DateOnly From, DateOnly To)[] _closures;

    private HolidayCalendar(IReadOnlyList<CalendarYear> years, IReadOnlyList<LocalClosure> closures, Dictionary<DateOnly, bool> national)
    {
        Years = years;
        Closures = closures;
        _years = years.Select(y => y.Year).ToFrozenSet();
        _national = national.ToFrozenDictionary();
        // The validator refuses a closure without a valid code; one that slipped through closes nothing.
        _closures = [.. closures.Where(c => DivisionCode.IsValid(c.Division)).Select(c => (DivisionCode.Parse(c.Division).Prefix, c.From, c.To)).Distinct()];
        Version = CalendarFingerprint.Of(_years, _national, _closures);
    }

    /// <summary>
    /// A stable identifier of what this calendar computes: <c>sha256:</c> and 16 hex digits over the covered years, every
    /// day off or worked, and every closure. Names, notices and effective dates do not change it. Store it with each
    /// deadline.
    /// </summary>
    public string Version { get; }

    /// <summary>The national years in use (after merging, the latest <see cref="CalendarYear.EffectiveFrom"/> per year), in order.</summary>
    public IReadOnlyList<CalendarYear> Years { get; }

    /// <summary>Every local closure from every source.</summary>
    public IReadOnlyList<LocalClosure> Closures { get; }

    /// <summary>Whether the holidays of <paramref name="year"/> are known.</summary>
    public bool Covers(int year) => _years.Contains(year);

    /// <summary>
    /// Whether <paramref name="date"/> is a working day, nationally or, with <paramref name="divisionCode"/> (12 digits),
    /// for that division's offices.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">The calendar does not hold the date's year.</exception>
    public bool IsWorkingDay(DateOnly date, string? divisionCode = null) =>
        IsWorking(date, Require(divisionCode, nameof(divisionCode)), fallbackYears: null);

    /// <summary>
    /// The date of the <paramref name="workingDays"/>-th working day after <paramref name="date"/>; the start day itself
    /// never counts. Zero returns <paramref name="date"/>.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">A day that had to be looked at lies in a missing year.</exception>
    public DateOnly AddWorkingDays(DateOnly date, int workingDays, string? divisionCode = null) =>
        Walk(date, workingDays, Require(divisionCode, nameof(divisionCode)), fallbackYears: null);

    /// <summary>
    /// The number of working days after <paramref name="from"/>, up to and including <paramref name="to"/>; negative
    /// when <paramref name="to"/> is earlier. <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">A day in the range lies in a missing year.</exception>
    public int WorkingDaysBetween(DateOnly from, DateOnly to, string? divisionCode = null)
    {
        var division = Require(divisionCode, nameof(divisionCode));
        if (to < from)
        {
            return -WorkingDaysBetween(to, from, division);
        }
        var count = 0;
        for (var day = from; day < to;)
        {
            day = day.AddDays(1);
            if (IsWorking(day, division, fallbackYears: null))
            {
                count++;
            }
        }
        return count;
    }

    /// <summary>
    /// The end of the <paramref name="workingDays"/>-th working day after <paramref name="from"/>'s date in China: 24:00
    /// UTC+8 of that day.
    /// </summary>
    /// <exception cref="CalendarYearMissingException">A day that had to be looked at lies in a missing year.</exception>
    public DateTimeOffset EndOfNthWorkingDay(DateTimeOffset from, int workingDays, string? divisionCode = null) =>
        ChinaTime.EndOf(AddWorkingDays(ChinaTime.DayOf(from), workingDays, divisionCode));

    private DateOnly Walk(DateOnly start, int workingDays, string? division, SortedSet<int>? fallbackYears)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(workingDays);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(workingDays, MaxWorkingDays);
        var day = start;
        for (var left = workingDays; left > 0;)
        {
            if (day == DateOnly.MaxValue)
            {
                throw new CalendarYearMissingException(day.Year + 1);
            }
            day = day.AddDays(1);
            if (IsWorking(day, division, fallbackYears))
            {
                left--;
            }
        }
        return day;
    }

    /// <param name="fallbackYears">Null: a missing year throws. Otherwise the year is recorded and only weekends are off.</param>
    private bool IsWorking(DateOnly day, string? division, SortedSet<int>? fallbackYears)
    {
        var known = _years.Contains(day.Year);
        if (!known)
        {
            if (fallbackYears is null)
            {
                throw new CalendarYearMissingException(day.Year);
            }
            fallbackYears.Add(day.Year);
        }
        if (division is not null && IsClosed(day, division))
        {
            return false;
        }
        return known && _national.TryGetValue(day, out var worked) ? worked : day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>Checks a caller's code: null means "national days only"; anything else must be a division code.</summary>
    private static string? Require(string? code, string parameterName) => code is null || DivisionCode.IsValid(code)
        ? code
        : throw new ArgumentException($"行政区划代码必须是 12 位数字：'{code}'。", parameterName);

    private bool IsClosed(DateOnly day, string division)
    {
        foreach (var (prefix, from, to) in _closures)
        {
            if (day >= from && day <= to && division.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }
}
