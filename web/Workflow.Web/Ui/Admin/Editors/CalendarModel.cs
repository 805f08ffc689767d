using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Engine.Calendar;
using Workflow.Web.Casework;
using Workflow.Web.Hosting;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Editors;

/// <summary>
/// <c>/admin/calendar</c>: the working-day calendar in force (years, holiday blocks, make-up working days, local
/// closures). A local closure added here is stored in the database after validation by the calendar's own reader, and
/// counts at once on this host and within seconds on every other (<see cref="CalendarSync"/>); deadlines already set keep
/// the calendar version they were computed with.
/// </summary>
public sealed class CalendarModel(CallerResolver callers, CalendarLoader calendars, CalendarClosureEditor editor) : AdminPageModel(callers)
{
    public HolidayCalendar? Holidays => calendars.Calendar.Current;

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<CalendarDataError> Errors { get; private set; } = [];

    public void OnGet(bool saved)
    {
        if (saved)
        {
            Message = new MessageBox("已保存停止办公安排", "已生效：此后计算的办理时限不计停止办公日，已设定的时限不变。", MessageBox.Success);
        }
    }

    public async Task<IActionResult> OnPostClosureAsync(string? division, string? name, string? from, string? to, string? notice, CancellationToken cancellationToken)
    {
        var result = await editor.AddAsync(Caller.Id, new ClosureForm(division, name, from, to, notice), cancellationToken);
        if (result.Saved)
        {
            return Redirect("/admin/calendar?saved=true");
        }
        Errors = result.Errors;
        Message = result.Stale
            ? new MessageBox("未保存", "其他管理员刚保存了停止办公安排，请重新添加（数据已被他人修改）。", MessageBox.Error)
            : new MessageBox("未保存", "停止办公安排有误，请按提示修改。", MessageBox.Error);
        return Page();
    }
}
