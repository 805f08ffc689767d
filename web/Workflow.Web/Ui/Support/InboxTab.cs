namespace Workflow.Web.Ui.Support;

/// <summary>The inbox tabs: 待办, 已办, 抄送 (cases of my area waiting on someone else, for information) and 超期.</summary>
public enum InboxTab
{
    Todo,
    Done,
    Copied,
    Overdue,
}
