using Workflow.Engine.Ports;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// The remaining working days of a step and their colour: green with more than <see cref="WarningDays"/> days left,
/// yellow with 1 to <see cref="WarningDays"/>, red on the last day and after it. Counted on the working calendar
/// (holidays and make-up days included), not on the wall calendar.
/// </summary>
public sealed record Urgency(int? RemainingDays, string CssClass, string Text)
{
    public const int WarningDays = 3;

    public static Urgency None { get; } = new(null, "due-none", "无时限");

    public static Urgency Of(DateTimeOffset? dueAt, DateTimeOffset now, IWorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        if (dueAt is not { } due)
        {
            return None;
        }
        if (due <= now)
        {
            var late = calendar.WorkingDaysBetween(due, now);
            return new(-late, "due-red", late == 0 ? "已超期" : $"超期 {late} 个工作日");
        }
        var left = calendar.WorkingDaysBetween(now, due);
        return left switch
        {
            0 => new(0, "due-red", "今日到期"),
            <= WarningDays => new(left, "due-yellow", $"剩余 {left} 个工作日"),
            _ => new(left, "due-green", $"剩余 {left} 个工作日"),
        };
    }
}
