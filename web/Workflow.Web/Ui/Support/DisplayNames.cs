using Workflow.Engine.Activities.Design;
using Workflow.Engine.Divisions;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Web.Ui.Support;

/// <summary>Chinese words for the engine's codes: outcomes, task kinds, levels and who a task is for.</summary>
public static class DisplayNames
{
    /// <summary>From the engine's one table (<see cref="PortLabels"/>), which the designer's ports read too.</summary>
    public static string Outcome(string? outcome) => PortLabels.Of(outcome);

    /// <summary>Buttons that end a case badly get the warning style.</summary>
    public static bool IsNegative(string outcome) => outcome is "reject" or "withdraw" or "disagree" or "ineligible";

    /// <summary>A stored level code in Chinese, from the one table (<see cref="AdministrativeLevelNames"/>).</summary>
    public static string Level(string? level) =>
        level is null ? "" : AdministrativeLevelNames.Parse(level)?.Chinese() ?? level;

    public static string Kind(TaskKind kind) => kind == TaskKind.Referral ? "部门协办" : "审批";

    /// <summary>
    /// The department, or the post at its level (<c>乡镇（街道）民政办</c>): never the raw division code, which pages show
    /// by name with <c>&lt;division code&gt;</c> beside the case (issue 12).
    /// </summary>
    public static string Assignee(TaskAssignee assignee)
    {
        ArgumentNullException.ThrowIfNull(assignee);
        return assignee.DepartmentCode is not null
            ? assignee.DepartmentName ?? assignee.DepartmentCode
            : $"{Level(assignee.Level)}{assignee.Post}";
    }

    /// <summary>Beijing time, which is what every office in the country reads.</summary>
    public static string Time(DateTimeOffset? at) =>
        at is { } value ? value.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "";
}
