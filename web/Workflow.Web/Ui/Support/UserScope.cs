using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// What a signed-in person may see and do on the pages. A case is visible inside the subtree of one of the person's
/// divisions, when one of their departments has a task in it, when they decided one of its tasks or a task was copied to them (抄送); anything else is
/// answered as if it did not exist (404), so a URL reveals nothing about cases elsewhere. The engine checks decisions
/// again; <see cref="CanAct"/> only decides which buttons to show.
/// </summary>
public static class UserScope
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    /// <summary>The API's rule (<see cref="CaseAccess"/>), so a page never shows what the API would answer 404 for.</summary>
    public static bool CanSee(Caller caller, InstanceView instance)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(instance);
        return CaseAccess.Sees(caller, instance);
    }

    /// <summary>The signed-in person as the organisation knows them (posts, divisions, departments), like the API.</summary>
    public static Caller CallerOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<CallerResolver>().Resolve(context)
        ?? throw new InvalidOperationException("Expected a signed-in user on a page that requires one.");

    /// <summary>The signed-in person as the engine's actor.</summary>
    public static Actor Of(HttpContext context) => CallerOf(context).Actor;

    public static bool CanAct(Actor actor, TaskView task)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        if (task.Status != TaskLifecycle.Open)
        {
            return false;
        }
        var assignee = task.Assignee;
        return assignee.DepartmentCode is { } department
            ? actor.Departments.Contains(department)
            : assignee.Post is { } post && actor.Posts.Contains(post)
                && assignee.DivisionCode is { } division && actor.DivisionCodes.Contains(division);
    }

    public static bool IsAdministrator(Actor actor) => actor?.Posts.Contains(AdministratorPost) == true;
}
