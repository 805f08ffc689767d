using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Accounts;

/// <summary>
/// What the sign-in cookie carries: the user id, display name, role, login, one claim per post, division and
/// department, the security stamp, and a pending password change. The cookie is encrypted and signed by Data
/// Protection, so a user cannot add a post to it.
/// </summary>
public static class AccountClaims
{
    public const string UserId = ClaimTypes.NameIdentifier;
    public const string DisplayName = ClaimTypes.Name;
    public const string Role = ClaimTypes.Role;
    public const string Login = "wf:login";
    public const string Post = "wf:post";
    public const string Division = "wf:division";
    public const string Department = "wf:department";

    /// <summary>The account's security stamp when the cookie was issued; a changed stamp voids the cookie.</summary>
    public const string SecurityStamp = "wf:stamp";

    /// <summary>Present while the account must change its password before doing anything else.</summary>
    public const string MustChangePassword = "wf:must-change-password";

    public static ClaimsPrincipal Principal(Account account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var claims = new List<Claim>
        {
            new(UserId, account.UserId),
            new(DisplayName, account.DisplayName),
            new(Role, account.Role),
            new(Login, account.LoginName),
        };
        claims.AddRange(account.Posts.Select(p => new Claim(Post, p)));
        claims.AddRange(account.Divisions.Select(d => new Claim(Division, d)));
        claims.AddRange(account.Departments.Select(d => new Claim(Department, d)));
        claims.Add(new Claim(SecurityStamp, account.SecurityStamp));
        if (account.MustChangePassword)
        {
            claims.Add(new Claim(MustChangePassword, "1"));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieAuthenticationDefaults.AuthenticationScheme, DisplayName, Role));
    }
}
