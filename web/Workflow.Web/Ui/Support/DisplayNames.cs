using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Web.Ui.Support;

/// <summary>Chinese words for the engine's codes: outcomes, task kinds, levels and who a task is for.</summary>
public static class DisplayNames
{
    private static readonly Dictionary<string, string> Outcomes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["approve"] = "同意",
        ["reject"] = "不同意",
        ["return"] = "退回补正",
        ["resubmit"] = "补正后重新提交",
        ["withdraw"] = "终止申请",
        ["objection"] = "有异议",
        ["agree"] = "同意",
        ["disagree"] = "不同意",
        ["eligible"] = "符合条件",
        ["ineligible"] = "不符合条件",
        ["paid"] = "已发放",
        ["Done"] = "完成",
    };

    public static string Outcome(string? outcome) =>
        outcome is null ? "" : Outcomes.TryGetValue(outcome, out var name) ? name : outcome;

    /// <summary>Buttons that end a case badly get the warning style.</summary>
    public static bool IsNegative(string outcome) => outcome is "reject" or "withdraw" or "disagree" or "ineligible";

    /// <summary>A stored level code in Chinese, from the one table (<see cref="AdministrativeLevelNames"/>).</summary>
    public static string Level(string? level) =>
        level is null ? "" : AdministrativeLevelNames.Parse(level)?.Chinese() ?? level;

    public static string Kind(TaskKind kind) => kind == TaskKind.Referral ? "部门协办" : "审批";

    public static string Assignee(TaskAssignee assignee)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        return assignee.DepartmentCode is not null
            ? assignee.DepartmentName ?? assignee.DepartmentCode
            : $"{Level(assignee.Level)}{assignee.Post}（{assignee.DivisionCode}）";
    }

    /// <summary>Beijing time, which is what every office in the country reads.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
