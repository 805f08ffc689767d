namespace Workflow.Web.Ui.Support;

/// <summary>The inbox tabs: 待办, 已办, 抄送 (tasks copied to me, for information) and 超期.</summary>
public enum InboxTab
{
    Todo,
    Done,
    Copied,
    Overdue,
}
