namespace Workflow.Engine.Ports;

/// <summary>
/// Counts legal time limits in working days. The core default knows only weekends; the durable runtime plugs in the
/// State Council holiday calendar.
/// </summary>
public interface IWorkingCalendar
{
    /// <summary>The end of the <paramref name="workingDays"/>-th working day after <paramref name="from"/>.</summary>
    DateTimeOffset AddWorkingDays(DateTimeOffset from, int workingDays);
}
