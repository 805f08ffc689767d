namespace Workflow.Engine.Calendar;

/// <summary>Whether a deadline was computed on real holiday data.</summary>
public enum CalendarCoverage
{
    /// <summary>Every day counted lies in a year the calendar holds.</summary>
    Full,

    /// <summary>
    /// Some day counted lies in a missing year, where only weekends were treated as off. The deadline must be
    /// reviewed once that year is added.
    /// </summary>
    WeekendsOnlyFallback,
}
