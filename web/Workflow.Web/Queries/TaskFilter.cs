using Workflow.Engine.Divisions;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;

namespace Workflow.Web.Queries;

/// <summary>
/// Which tasks an inbox query wants. <paramref name="Division"/> matches tasks whose office lies in that division's
/// subtree (500113000000 covers every township and village of district 500113). Null criteria match everything.
/// </summary>
public sealed record TaskFilter(string? Post, string? Division, string? Department, TaskStatusFilter Status)
{
    public bool Matches(TaskView task) =>
        (Post is null || task.Assignee.Post == Post)
        && (Department is null || task.Assignee.DepartmentCode == Department)
        && (Division is null || DivisionCode.AnyContains([Division], task.Assignee.DivisionCode))
        && Status switch
        {
            TaskStatusFilter.Open => task.Status == TaskLifecycle.Open,
            TaskStatusFilter.Closed => task.Status != TaskLifecycle.Open,
            _ => true,
        };
}
