using System.Globalization;
using Workflow.Engine.Calendar;
using Workflow.Engine.Divisions;
using Workflow.Engine.Hosting.Calendar;

namespace Workflow.Cli;

/// <summary>
/// <c>wf workdays add DATE N</c> and <c>wf workdays between A B</c>: the working-day calendar for administrators.
/// Prints only the answer on stdout, so scripts can use it. A year the calendar lacks is exit 1, never a guess.
/// </summary>
internal static class WorkdaysCommand
{
    /// <summary>Where the web host reads administrators' calendar files too; used when it exists and no option is given.</summary>
    private static readonly string DefaultDirectory = Path.Combine("data", "calendar");

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var (positional, division, directory) = ParseOptions(args);
        Func<HolidayCalendar, string> compute = positional switch
        {
            ["add", var date, var count] => ParseAdd(date, count, division),
            ["between", var from, var to] => ParseBetween(from, to, division),
            ["add" or "between", ..] => throw new UsageException($"workdays {positional[0]} 需要两个参数。"),
            [] => throw new UsageException("workdays 需要子命令 add 或 between。"),
            _ => throw new UsageException($"未知的 workdays 子命令 '{positional[0]}'。"),
        };
        HolidayCalendar calendar;
        try
        {
            calendar = CalendarFolder.Load(directory ?? (Directory.Exists(DefaultDirectory) ? DefaultDirectory : null));
        }
        catch (CalendarDataException ex)
        {
            foreach (var problem in ex.Errors)
            {
                error.WriteLine($"wf: 日历数据错误 {problem}");
            }
            return 1;
        }
        try
        {
            output.WriteLine(compute(calendar));
            return 0;
        }
        catch (CalendarYearMissingException ex)
        {
            error.WriteLine($"wf: {ex.Message}");
            return 1;
        }
    }

    private static Func<HolidayCalendar, string> ParseAdd(string date, string count, string? division)
    {
        var start = ParseDate(date);
        if (!int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n > HolidayCalendar.MaxWorkingDays)
        {
            throw new UsageException($"工作日数 '{count}' 必须是 0 到 {HolidayCalendar.MaxWorkingDays} 之间的整数。");
        }
        return c => c.AddWorkingDays(start, n, division).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Func<HolidayCalendar, string> ParseBetween(string from, string to, string? division)
    {
        var (a, b) = (ParseDate(from), ParseDate(to));
        return c => c.WorkingDaysBetween(a, b, division).ToString(CultureInfo.InvariantCulture);
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"日期 '{text}' 无效，须为 yyyy-MM-dd 格式的实际日期。");

    private static (List<string> Positional, string? Division, string? Directory) ParseOptions(string[] args)
    {
        var positional = new List<string>();
        string? division = null;
        string? directory = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--division":
                    division = Value(args, ++i, "--division");
                    if (!DivisionCode.IsValid(division))
                    {
                        throw new UsageException($"--division 需要 12 位行政区划代码，收到 '{division}'。");
                    }
                    break;
                case "--calendar-dir":
                    directory = Value(args, ++i, "--calendar-dir");
                    break;
                case var unknown when unknown.StartsWith("--", StringComparison.Ordinal):
                    throw new UsageException($"未知选项 '{unknown}'。");
                default:
                    positional.Add(args[i]);
                    break;
            }
        }
        return (positional, division, directory);
    }

    private static string Value(string[] args, int i, string option) =>
        i < args.Length ? args[i] : throw new UsageException($"{option} 需要一个值。");
}
