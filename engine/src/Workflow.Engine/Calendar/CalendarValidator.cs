using Workflow.Engine.Divisions;

namespace Workflow.Engine.Calendar;

/// <summary>
/// Checks the meaning of one calendar document, whether it came from JSON or from the persistence layer: dates fall in
/// or next to their year, make-up days are weekends, a day is not both off and worked, closures name a real subtree.
/// Paths match the JSON form, so an administrator can find the line.
/// </summary>
internal static class CalendarValidator
{
    public const int MinYear = 2000;
    public const int MaxYear = 2999;

    /// <summary>The longest 春节 block so far is 9 days; a month catches a mistyped end date.</summary>
    private const int MaxBlockDays = 31;

    private const int MaxClosureDays = 366;

    public static List<CalendarDataError> Validate(CalendarData data)
    {
        var errors = new List<CalendarDataError>();
        void Error(string path, string message) => errors.Add(new CalendarDataError(data.Source, path, message));

        var seen = new HashSet<int>();
        for (var i = 0; i < data.Years.Count; i++)
        {
            var y = data.Years[i];
            var path = $"$.years[{i}]";
            if (y.Year is < MinYear or > MaxYear)
            {
                Error($"{path}.year", $"年份 {y.Year} 不在 {MinYear}–{MaxYear} 之间。");
                continue;
            }
            if (!seen.Add(y.Year))
            {
                Error($"{path}.year", $"{y.Year} 年在同一文件中出现了不止一次。");
            }
            if (string.IsNullOrWhiteSpace(y.Notice))
            {
                Error($"{path}.notice", "缺少通知名称。");
            }
            ValidateYear(y, path, Error);
        }
        for (var i = 0; i < data.Closures.Count; i++)
        {
            ValidateClosure(data.Closures[i], $"$.closures[{i}]", Error);
        }
        return errors;
    }

    private static void ValidateYear(CalendarYear y, string path, Action<string, string> error)
    {
        var off = new HashSet<DateOnly>();
        for (var j = 0; j < y.Holidays.Count; j++)
        {
            var b = y.Holidays[j];
            var p = $"{path}.holidays[{j}]";
            if (b.To < b.From)
            {
                error($"{p}.to", $"结束日期 {b.To:yyyy-MM-dd} 早于开始日期 {b.From:yyyy-MM-dd}。");
                continue;
            }
            if (b.To.DayNumber - b.From.DayNumber >= MaxBlockDays)
            {
                error($"{p}.to", $"假期超过 {MaxBlockDays} 天，请核对日期。");
                continue;
            }
            if (!NearYear(b.From, y.Year) || !NearYear(b.To, y.Year))
            {
                error(p, $"假期 {b.From:yyyy-MM-dd}–{b.To:yyyy-MM-dd} 不在 {y.Year} 年或其前后一年内。");
                continue;
            }
            for (var d = b.From; d <= b.To; d = d.AddDays(1))
            {
                off.Add(d);
            }
        }
        for (var j = 0; j < y.MakeUpWorkdays.Count; j++)
        {
            var m = y.MakeUpWorkdays[j];
            var p = $"{path}.makeUpWorkdays[{j}].date";
            if (m.Date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                error(p, $"{m.Date:yyyy-MM-dd} 不是周六或周日，不能作为调休上班日。");
            }
            else if (!NearYear(m.Date, y.Year))
            {
                error(p, $"调休上班日 {m.Date:yyyy-MM-dd} 不在 {y.Year} 年或其前后一年内。");
            }
            else if (off.Contains(m.Date))
            {
                error(p, $"{m.Date:yyyy-MM-dd} 既在假期内又是调休上班日。");
            }
        }
    }

    private static void ValidateClosure(LocalClosure c, string path, Action<string, string> error)
    {
        if (DivisionCode.From(c.Division) is not { IsNationwide: false })
        {
            error($"{path}.division", $"'{c.Division}' 不是 12 位行政区划代码（省级及以下）。");
        }
        if (string.IsNullOrWhiteSpace(c.Name))
        {
            error($"{path}.name", "缺少停止办公的名称。");
        }
        if (string.IsNullOrWhiteSpace(c.Notice))
        {
            error($"{path}.notice", "缺少作出决定的通知或文件。");
        }
        if (c.To < c.From)
        {
            error($"{path}.to", $"结束日期 {c.To:yyyy-MM-dd} 早于开始日期 {c.From:yyyy-MM-dd}。");
        }
        else if (c.To.DayNumber - c.From.DayNumber >= MaxClosureDays)
        {
            error($"{path}.to", $"停止办公超过 {MaxClosureDays} 天，请核对日期。");
        }
        else if (c.From.Year is < MinYear or > MaxYear || c.To.Year is < MinYear or > MaxYear)
        {
            error(path, $"日期须在 {MinYear}–{MaxYear} 年之间。");
        }
    }

    private static bool NearYear(DateOnly date, int year) => Math.Abs(date.Year - year) <= 1;
}
