using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Accounts;

namespace Workflow.Web.Ui;

/// <summary>
/// Sign-out is a POST (with the anti-forgery token), so a link on another site cannot sign anyone out. It issues the
/// account a new security stamp, so a copy of the cookie kept elsewhere stops working too.
/// </summary>
public sealed class SignOutModel(AccountService accounts, ILogger<SignOutModel> logger) : PageModel
{
    public IActionResult OnGet() => Redirect("/");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.FindFirst(AccountClaims.UserId)?.Value is { } userId)
        {
            await accounts.RevokeSessionsAsync(userId, cancellationToken);
            AccountsLog.SignedOut(logger, userId);
        }
        await HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        return Redirect("/signin");
    }
}
