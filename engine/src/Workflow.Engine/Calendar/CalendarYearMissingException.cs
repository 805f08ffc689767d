namespace Workflow.Engine.Calendar;

/// <summary>
/// A working-day computation needed a year the calendar does not hold. The holidays of a year are known only from
/// its State Council notice, so the calendar reports the gap instead of guessing (cn-holidays.md, "Notes").
/// </summary>
public sealed class CalendarYearMissingException(int year)
    : Exception($"工作日历缺少 {year} 年的节假日安排，无法按工作日计算。请管理员按国务院办公厅 {year} 年部分节假日安排的通知添加该年份的日历数据。")
{
    public int Year { get; } = year;
}
