namespace Workflow.Engine.Calendar;

/// <summary>
/// Calendar data could not be used: a file is malformed, a date is impossible, or two sources disagree. Raised when a
/// <see cref="HolidayCalendar"/> is built, so a host fails at start-up instead of computing wrong deadlines.
/// </summary>
public sealed class CalendarDataException(IReadOnlyList<CalendarDataError> errors)
    : Exception($"日历数据有 {errors.Count} 个错误：{string.Join("；", errors)}")
{
    public IReadOnlyList<CalendarDataError> Errors { get; } = errors;
}
