using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Web.Ui.Cases;

/// <summary>How the case page's operation forms name a clock, its unit and each operation's result (已…).</summary>
public static class CaseOperationLabels
{
    public static readonly IReadOnlyDictionary<string, string> Done = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["withdraw"] = "撤销申请",
        ["terminate"] = "终止案件",
        ["pause"] = "暂停计时",
        ["resume"] = "恢复计时",
        ["extend"] = "延长办理期限",
        ["objection"] = "登记公示异议，案件转入异议复查；请在复查环节记录民主评议",
    };

    public static string Unit(TimeLimitUnit unit) => unit switch
    {
        TimeLimitUnit.Hours => "小时",
        TimeLimitUnit.CalendarDays => "天",
        _ => "个工作日",
    };

    /// <summary>The case clock is the case's 办结时限; a step's is named by its task.</summary>
    public static string Clock(ClockView clock, InstanceView instance)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(instance);
        return clock.TaskId is { } taskId && instance.Tasks.FirstOrDefault(t => t.TaskId == taskId) is { } task
            ? $"“{task.Title}”办理时限"
            : "案件办结时限";
    }
}
