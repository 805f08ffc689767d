using Workflow.Engine.Runtime.Events;

namespace Workflow.Casework.Application.Views;

/// <summary>Chinese names of instance states, for lists and pages.</summary>
public static class StatusNames
{
    public static string Of(WorkflowSubStatus status) => status switch
    {
        WorkflowSubStatus.Executing => "运行中",
        WorkflowSubStatus.Suspended => "办理中",
        WorkflowSubStatus.Finished => "已办结",
        WorkflowSubStatus.Cancelled => "已撤销",
        WorkflowSubStatus.Faulted => "异常",
        WorkflowSubStatus.Withdrawn => "已撤销",
        WorkflowSubStatus.Terminated => "已终止",
        _ => status.ToString(),
    };
}
