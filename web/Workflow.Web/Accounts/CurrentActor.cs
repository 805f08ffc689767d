using System.Security.Claims;
using Workflow.Engine.Runtime.Commands;

namespace Workflow.Web.Accounts;

/// <summary>
/// The signed-in person as the engine's <see cref="Actor"/>: user id, posts, divisions and departments from the
/// sign-in cookie's claims (<see cref="AccountClaims"/>). Never the system actor. API endpoints fall back to it when a
/// request carries no <c>X-User</c> header.
/// </summary>
public static class CurrentActor
{
    /// <summary>The actor of an authenticated principal; null when nobody is signed in.</summary>
    public static Actor? From(ClaimsPrincipal? user)
    {
        if (user?.Identity is not { IsAuthenticated: true } || user.FindFirstValue(AccountClaims.UserId) is not { Length: > 0 } id)
        {
            return null;
        }
        return Actor.User(id, Values(user, AccountClaims.Post), Values(user, AccountClaims.Division), Values(user, AccountClaims.Department));
    }

    /// <summary>The actor of the request's signed-in user; null when nobody is signed in.</summary>
    public static Actor? From(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return From(context.User);
    }

    /// <summary>The display name and role for the page header.</summary>
    public static (string DisplayName, string Role) Describe(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return (user.FindFirstValue(AccountClaims.DisplayName) ?? "", user.FindFirstValue(AccountClaims.Role) ?? "");
    }

    private static string[] Values(ClaimsPrincipal user, string type) => user.FindAll(type).Select(c => c.Value).ToArray();
}
