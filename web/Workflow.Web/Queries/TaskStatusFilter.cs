namespace Workflow.Web.Queries;

/// <summary>The <c>status</c> query parameter of the task list.</summary>
public enum TaskStatusFilter
{
    Open,
    Closed,
    All,
}
