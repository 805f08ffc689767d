using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// What a signed-in person may see and do on the pages. A case is visible inside the subtree of one of the person's
/// divisions, when one of their departments has a task in it, when they decided one of its tasks or a task was copied to them (抄送); anything else is
/// answered as if it did not exist (404), so a URL reveals nothing about cases elsewhere. <see cref="CanAct"/> is the
/// engine's own rule, so a page offers exactly what the engine will accept; the engine checks every command again.
/// </summary>
public static class UserScope
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    /// <summary>The signed-in person as the organisation knows them (posts, divisions, departments), like the API.</summary>
    public static Caller CallerOf(HttpContext context) =>
        context.RequestServices.GetRequiredService<CallerResolver>().Resolve(context)
        ?? throw new InvalidOperationException("Expected a signed-in user on a page that requires one.");

    /// <summary>The signed-in person as the engine's actor.</summary>
    public static Actor Of(HttpContext context) => CallerOf(context).Actor;

    /// <summary>
    /// The engine's own rule (<see cref="TaskAuthority"/>): an open task the person may act on at <paramref name="at"/>,
    /// the request's time (<see cref="Caller.At"/>), which a deputy's (代理) standing is judged by.
    /// </summary>
    public static bool CanAct(Actor actor, TaskView task, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return task.Status == TaskLifecycle.Open && TaskAuthority.MayAct(actor, task.Authority(at));
    }

    public static bool IsAdministrator(Actor actor) => actor?.Posts.Contains(AdministratorPost) == true;
}
