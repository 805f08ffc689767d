using System.Globalization;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Views;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Api.Exports;

/// <summary>
/// The exported lists as sheets: the same columns as their pages, names instead of codes (<see cref="Names"/>), Beijing
/// time, and names and ID numbers masked (<see cref="PersonalDataMask"/>).
/// </summary>
public sealed class ListSheets(Names names, TimeProvider time)
{
    public ExcelSheet Cases(ExportRows<InstanceView> export, Caller caller, string filter)
    {
        ArgumentNullException.ThrowIfNull(export);
        var rows = export.Rows.Select(c => (IReadOnlyList<string>)
        [
            c.InstanceId,
            names.Item(c.DefinitionId),
            PersonalDataMask.NameInExport(c.ApplicantName) ?? "",
            names.Division(c.DivisionCode),
            c.StatusName,
            string.Join("；", c.OpenTasks.Select(t => $"{t.Title}（{DisplayNames.Assignee(t.Assignee)}）")),
            DisplayNames.Time(c.CreatedAt),
            DisplayNames.Time(c.UpdatedAt),
        ]).ToList();
        return new ExcelSheet("案件查询", ["案件编号", "事项", "申请人", "行政区划", "状态", "当前任务", "创建时间", "最近更新"], rows,
            Notes("案件查询", export.Rows.Count, export.Total, caller, filter));
    }

    public ExcelSheet Applications(ExportRows<ApplicationView> export, Caller caller, string filter)
    {
        ArgumentNullException.ThrowIfNull(export);
        var rows = export.Rows.Select(a => (IReadOnlyList<string>)
        [
            a.CaseNumber,
            PersonalDataMask.NameInExport(a.Applicant.Name) ?? "",
            a.Applicant.IdNumber ?? "",
            DisplayNames.Time(a.AcceptedAt),
            names.Division(a.WindowDivisionCode),
            a.StatusName,
            string.Join("；", a.SubCases.Select(s => $"{s.ItemName}（{(s.DepartmentCode is null ? "民政部门" : names.Department(s.DepartmentCode))}：{s.ResultName ?? s.StatusName}）")),
        ]).ToList();
        return new ExcelSheet("受理记录", ["受理编号", "申请人", "身份证号", "受理时间", "受理窗口", "状态", "事项（办理单位：状态）"], rows,
            Notes("受理记录", export.Rows.Count, export.Total, caller, filter));
    }

    public ExcelSheet Supervision(SupervisionView view, Caller caller)
    {
        ArgumentNullException.ThrowIfNull(view);
        var rows = view.Tasks.Select(t => (IReadOnlyList<string>)
        [
            t.Title,
            names.Item(t.DefinitionId),
            names.Division(t.DivisionCode),
            t.DepartmentCode is null ? t.Post ?? "" : names.Department(t.DepartmentCode),
            DisplayNames.Time(t.DueAt),
            t.State == "overdue" ? "超期" : "临期",
            t.RemainingWorkingDays < 0 ? $"超期 {-t.RemainingWorkingDays} 个工作日" : t.RemainingWorkingDays == 0 ? "今日到期" : $"剩余 {t.RemainingWorkingDays} 个工作日",
        ]).ToList();
        return new ExcelSheet("督办", ["任务", "事项", "行政区划", "办理岗位/部门", "期限", "状态", "剩余时间"], rows,
            Notes("督办：超期与临期事项", rows.Count, rows.Count, caller, $"临期范围 {view.WithinWorkingDays} 个工作日"));
    }

    /// <summary>
    /// Every filter applied, in words, for the 说明 sheet: each by its Chinese name, the item and the division by name
    /// (<see cref="Names"/>), a name only masked like the audit. <paramref name="dates"/> names the date range
    /// (创建日期, 受理日期); <paramref name="dueFrom"/> and <paramref name="dueTo"/> bound an open step's deadline.
    /// </summary>
    public string Describe(string? caseNumber, string? applicant, string? item, string? status, string dates, string? from, string? to,
        string? division = null, string? dueFrom = null, string? dueTo = null)
    {
        var parts = new List<string>();
        Add("编号含", caseNumber);
        Add("申请人", PersonalDataMask.NameInExport(applicant));
        Add("事项", string.IsNullOrWhiteSpace(item) ? null : names.Item(item.Trim()));
        Add("状态", status);
        Add("行政区划", string.IsNullOrWhiteSpace(division) ? null : names.Division(division.Trim()));
        Add(dates + "自", from);
        Add(dates + "至", to);
        Add("办理期限自", dueFrom);
        Add("办理期限至", dueTo);
        return string.Join("；", parts);

        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                parts.Add($"{label} {value.Trim()}");
            }
        }
    }

    private List<(string, string)> Notes(string list, int exported, int total, Caller caller, string filter) =>
    [
        ("列表", list),
        ("导出时间", DisplayNames.Time(time.GetUtcNow())),
        ("导出人", caller.DisplayName),
        ("筛选条件", filter.Length == 0 ? "无" : filter),
        ("符合条件", total.ToString(CultureInfo.InvariantCulture) + " 条"),
        ("已导出", exported.ToString(CultureInfo.InvariantCulture) + " 条"
            + (total > exported ? $"（每次最多导出 {ListExport.MaxRows.ToString("N0", CultureInfo.InvariantCulture)} 条，其余请缩小筛选条件后再导出）" : "")),
        ("个人信息", "姓名、身份证号已脱敏；本次导出已记入审计。"),
    ];
}
