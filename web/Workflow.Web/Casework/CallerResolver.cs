using Microsoft.Extensions.Options;
using Workflow.Casework;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Accounts;
using Workflow.Web.Api;

namespace Workflow.Web.Casework;

/// <summary>
/// Who is calling. Pages know people only by their sign-in cookie. API calls use the cookie too; the <c>X-User</c>
/// headers count only where <see cref="CaseworkOptions.TrustActorHeaders"/> says so (a trusted integration gateway in
/// front of the host, or the test suites), never on pages. When the organisation knows the user, their posts,
/// divisions and departments come from it and nothing the request says can add any; a user it lists as inactive is
/// nobody. A user it does not know keeps what the cookie or trusted headers say (unconfigured deployments).
/// </summary>
public sealed class CallerResolver(CaseworkDirectory directory, IOptions<CaseworkOptions> options)
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    public Caller? Resolve(HttpContext context)
    {
        var fromHeaders = options.Value.TrustActorHeaders && IsApi(context) ? ActorHeaders.Read(context.Request) : null;
        var claimed = fromHeaders ?? CurrentActor.From(context);
        if (claimed is null)
        {
            return null;
        }
        var organisation = directory.Organisation;
        if (organisation.FindUser(claimed.Id) is not { } user)
        {
            return new Caller(claimed, claimed.Id, claimed.Posts.Contains(AdministratorPost));
        }
        if (!user.Active)
        {
            return null;
        }
        var actor = Actor.User(
            user.Id,
            user.Posts.Select(p => p.PostCode).Distinct().ToList(),
            user.Posts.Select(p => p.DivisionCode).Distinct().ToList(),
            user.Posts.Where(p => p.DepartmentCode is not null).Select(p => p.DepartmentCode!).Distinct().ToList());
        return new Caller(actor, user.Name, actor.Posts.Contains(AdministratorPost));
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal);
}
