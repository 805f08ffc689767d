namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// The one table between <see cref="TimeLimitUnit"/>, its code in a definition (<c>timeLimitUnit</c>) and the Chinese
/// word pages and warning rules show after the number (个工作日, 个自然日, 小时).
/// </summary>
public static class TimeLimitUnits
{
    private static readonly (TimeLimitUnit Unit, string Code, string Label, string Counted)[] Table =
    [
        (TimeLimitUnit.WorkingDays, "workingDays", "工作日", "个工作日"),
        (TimeLimitUnit.CalendarDays, "calendarDays", "自然日", "个自然日"),
        (TimeLimitUnit.Hours, "hours", "小时", "小时"),
    ];

    /// <summary>The codes a definition may write, the default first.</summary>
    public static IReadOnlyList<string> Codes { get; } = Table.Select(t => t.Code).ToArray();

    public static string Code(this TimeLimitUnit unit) => Table.First(t => t.Unit == unit).Code;

    /// <summary>The unit's name: 工作日, 自然日, 小时.</summary>
    public static string Label(this TimeLimitUnit unit) => Table.First(t => t.Unit == unit).Label;

    /// <summary>An amount with its measure word: <c>5 个工作日</c>, <c>24 小时</c>.</summary>
    public static string Amount(this TimeLimitUnit unit, int amount) => $"{amount} {Table.First(t => t.Unit == unit).Counted}";

    /// <summary>The unit a code names; null for anything else.</summary>
    public static TimeLimitUnit? Parse(string? code)
    {
        foreach (var t in Table)
        {
            if (string.Equals(t.Code, code, StringComparison.Ordinal))
            {
                return t.Unit;
            }
        }
        return null;
    }
}
