using System.Globalization;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>Days and ledger months (<c>yyyy-MM</c>) as China time counts them, for the host's clock.</summary>
public static class ChinaMonths
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static string Of(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static string Of(DateTimeOffset at) => Of(Day(at));

    /// <summary>The month after the one <paramref name="day"/> is in: where a grant starts and a stop takes effect.</summary>
    public static string After(DateOnly day) => Of(new DateOnly(day.Year, day.Month, 1).AddMonths(1));

    public static string After(DateTimeOffset at) => After(Day(at));

    /// <summary><paramref name="day"/> at <paramref name="hour"/>:<paramref name="minute"/> China time.</summary>
    public static DateTimeOffset At(DateOnly day, int hour, int minute = 0) => new(day.ToDateTime(new TimeOnly(hour, minute)), Offset);
}
