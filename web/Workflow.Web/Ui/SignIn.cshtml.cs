using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Workflow.Web.Accounts;
using Workflow.Web.Security;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Ui;

/// <summary>
/// Sign-in with a local account. The same message for an unknown login, a wrong password and a locked account; an
/// account with a temporary password goes to the password page first.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SignInModel(AccountService accounts, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string LoginName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public static string FailedMessage { get; } =
        $"登录名或密码错误，或账号已暂时锁定（连续 {AccountService.MaxFailedAttempts} 次错误锁定 {(int)AccountService.LockoutDuration.TotalMinutes} 分钟）。";

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(LoginName) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入登录名和密码。";
            return Page();
        }
        var result = await accounts.SignInAsync(LoginName, Password, cancellationToken);
        if (result.Status == SignInStatus.Succeeded)
        {
            var account = result.Account!;
            await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(account));
            AccountsLog.SignedIn(logger, account.UserId);
            return account.MustChangePassword ? LocalRedirect("/account/password") : LocalRedirect(Target());
        }
        // One answer for an unknown login, a wrong password and a locked account, so logins cannot be probed; the log
        // keeps a fingerprint of the name, never the name.
        if (result.Status == SignInStatus.LockedOut)
        {
            AccountsLog.LockedOut(logger, LoginFingerprint.Of(LoginName), result.LockedUntil!.Value);
        }
        else
        {
            AccountsLog.SignInFailed(logger, LoginFingerprint.Of(LoginName));
        }
        Error = FailedMessage;
        Password = "";
        return Page();
    }

    private string Target() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/inbox";
}
