using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Accounts;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Ui.Account;

/// <summary>
/// 修改密码. A new account (or one an administrator reset) lands here after sign-in and can go nowhere else until the
/// temporary password is replaced. A change ends every other session of the account.
/// </summary>
public sealed class PasswordModel(AccountService accounts, ILogger<PasswordModel> logger) : PageModel
{
    [BindProperty]
    public string Current { get; set; } = "";

    [BindProperty]
    public string Next { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public string? Error { get; private set; }

    public bool Required => User.HasClaim(c => c.Type == AccountClaims.MustChangePassword);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (User.FindFirst(AccountClaims.UserId)?.Value is not { } userId)
        {
            return Challenge();
        }
        if (Next != Confirm)
        {
            Error = "两次输入的新密码不一致。";
            return Page();
        }
        var (account, problem) = await accounts.ChangePasswordAsync(userId, Current, Next, cancellationToken);
        if (account is null)
        {
            Error = problem;
            return Page();
        }
        AccountsLog.PasswordChanged(logger, userId);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(account));
        return LocalRedirect("/inbox");
    }
}
