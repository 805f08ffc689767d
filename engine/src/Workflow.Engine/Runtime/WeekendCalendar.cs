using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime;

/// <summary>
/// The fallback calendar: Monday to Friday are working days and a limit ends at 24:00 China time of its last
/// working day. The holiday calendar replaces it wherever the durable runtime runs.
/// </summary>
public sealed class WeekendCalendar : IWorkingCalendar
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays)
    {
        var day = from.ToOffset(ChinaOffset).Date;
        var left = workingDays;
        while (left > 0)
        {
            day = day.AddDays(1);
            if (day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                left--;
            }
        }
        return new DateTimeOffset(day.AddDays(1), ChinaOffset);
    }
}
