using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Workflow.Casework.Application;
using Workflow.Web.Accounts;
using Workflow.Web.Casework;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Security;

/// <summary>
/// Every request with a sign-in cookie asks again whether it still stands: the account exists with the stamp the cookie
/// was issued with (sign-out and a password change issue a new one), and the organisation still lists the person as
/// active. A cookie that fails is rejected and deleted, so deactivating someone takes effect on their next request.
/// </summary>
internal static class SessionValidation
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var userId = principal?.FindFirst(AccountClaims.UserId)?.Value;
        var stamp = principal?.FindFirst(AccountClaims.SecurityStamp)?.Value;
        var services = context.HttpContext.RequestServices;
        var account = userId is null ? null : await services.GetRequiredService<IAccountStore>().FindByUserAsync(userId, context.HttpContext.RequestAborted);
        if (account is null || stamp is null || account.SecurityStamp != stamp || services.GetRequiredService<CallerResolver>().Resolve(principal!) is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }
    }
}
