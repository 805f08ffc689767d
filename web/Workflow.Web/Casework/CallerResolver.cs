using Workflow.Casework;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Accounts;
using Workflow.Web.Api;

namespace Workflow.Web.Casework;

/// <summary>
/// Who is calling: the <c>X-User</c> header (API clients) or the sign-in cookie. When the organisation knows the
/// user, their posts, divisions and departments come from it and headers cannot add any; a user the organisation
/// does not know keeps what the headers say (the engine's own tests and unconfigured deployments).
/// </summary>
public sealed class CallerResolver(CaseworkDirectory directory)
{
    public const string AdministratorPost = "系统管理员";

    public Caller? Resolve(HttpContext context)
    {
        var claimed = ActorHeaders.Read(context.Request) ?? CurrentActor.From(context);
        if (claimed is null)
        {
            return null;
        }
        var organisation = directory.Organisation;
        if (organisation.FindUser(claimed.Id) is not { Active: true } user)
        {
            return new Caller(claimed, claimed.Id, claimed.Posts.Contains(AdministratorPost));
        }
        var actor = Actor.User(
            user.Id,
            user.Posts.Select(p => p.PostCode).Distinct().ToList(),
            user.Posts.Select(p => p.DivisionCode).Distinct().ToList(),
            user.Posts.Where(p => p.DepartmentCode is not null).Select(p => p.DepartmentCode!).Distinct().ToList());
        return new Caller(actor, user.Name, actor.Posts.Contains(AdministratorPost));
    }
}
