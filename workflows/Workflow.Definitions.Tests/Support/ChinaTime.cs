namespace Workflow.Definitions.Tests.Support;

/// <summary>Deadlines as the law counts them: a time limit ends at 24:00 China time of its last working day.</summary>
internal static class ChinaTime
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTimeOffset EndOf(int year, int month, int day) => new DateTimeOffset(year, month, day, 0, 0, 0, Offset).AddDays(1);
}
