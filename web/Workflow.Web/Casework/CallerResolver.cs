using System.Security.Claims;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Accounts;

namespace Workflow.Web.Casework;

/// <summary>
/// Who is calling, from the principal the authentication handler resolved (the sign-in cookie; <c>X-User</c> headers
/// only where the test suites switch them on). When the organisation knows the user, their posts, divisions and
/// departments come from it and nothing the principal says can add any; a user it lists as inactive is nobody, and
/// so is one it does not list at all once it lists anyone. Only an organisation with no users yet (a fresh deployment
/// whose first administrator is setting it up) takes the account's own posts. The answer is kept for the request.
/// </summary>
public sealed class CallerResolver(CaseworkDirectory directory, TimeProvider time)
{
    public const string AdministratorPost = Workflow.Casework.StandardPosts.Administrator;

    private static readonly object CacheKey = new();

    public Caller? Resolve(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Items.TryGetValue(CacheKey, out var cached))
        {
            return cached as Caller;
        }
        var caller = Resolve(context.User);
        context.Items[CacheKey] = caller;
        return caller;
    }

    public Caller? Resolve(ClaimsPrincipal user)
    {
        if (CurrentActor.From(user) is not { } claimed)
        {
            return null;
        }
        var organisation = directory.Organisation;
        if (organisation.FindUser(claimed.Id) is not { } person)
        {
            return organisation.Users.Count > 0 ? null : new Caller(claimed, user.Identity?.Name ?? claimed.Id, AccessSubject.Of(claimed)) { At = time.GetUtcNow() };
        }
        if (!person.Active)
        {
            return null;
        }
        return new Caller(ActorOf(person), person.Name, AccessSubject.Of(person)) { At = time.GetUtcNow() };
    }

    /// <summary>A person of the organisation as the engine's actor: their posts, the divisions and departments they hold them in.</summary>
    public static Actor ActorOf(Workflow.Casework.User person) => PersonActor.Of(person);
}
