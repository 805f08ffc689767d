namespace Workflow.Engine.Calendar;

/// <summary>Raised when the engine-facing <see cref="Ports.IWorkingCalendar"/> adapter fell back to weekends only.</summary>
public sealed class CalendarFallbackEventArgs(DateTimeOffset from, int workingDays, CalendarDeadline deadline) : EventArgs
{
    public DateTimeOffset From { get; } = from;

    public int WorkingDays { get; } = workingDays;

    public CalendarDeadline Deadline { get; } = deadline;
}
