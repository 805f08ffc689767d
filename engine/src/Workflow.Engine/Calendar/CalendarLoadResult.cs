namespace Workflow.Engine.Calendar;

/// <summary>Documents read from JSON, and every problem found while reading them.</summary>
public sealed record CalendarLoadResult(IReadOnlyList<CalendarData> Documents, IReadOnlyList<CalendarDataError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
