using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Views;

/// <summary>Chinese names of instance states, for lists, pages and exports; every state has one (a test reads the enum).</summary>
public static class StatusNames
{
    public static string Of(WorkflowSubStatus status) => status switch
    {
        WorkflowSubStatus.Executing => "运行中",
        WorkflowSubStatus.Suspended => "办理中",
        WorkflowSubStatus.Finished => "已办结",
        WorkflowSubStatus.Cancelled or WorkflowSubStatus.Withdrawn => "已撤销",
        WorkflowSubStatus.Terminated => "已终止",
        WorkflowSubStatus.ClosedForMissingMaterial => "逾期未补正",
        WorkflowSubStatus.Faulted => "异常",
        _ => "未知状态",
    };

    /// <summary>A stored status code (<see cref="WorkflowSubStatus"/> name) in Chinese.</summary>
    public static string OfCode(string? status) =>
        Enum.TryParse<WorkflowSubStatus>(status, ignoreCase: false, out var parsed) ? Of(parsed) : "未知状态";
}
