using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Accounts;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui;

/// <summary>Sign-in with a local account. The same message for an unknown login and a wrong password.</summary>
public sealed class SignInModel(AccountService accounts, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty]
    public string LoginName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? LocalRedirect(Target()) : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(LoginName) || string.IsNullOrEmpty(Password))
        {
            Error = "请输入登录名和密码。";
            return Page();
        }
        var result = await accounts.SignInAsync(LoginName, Password, cancellationToken);
        switch (result.Status)
        {
            case SignInStatus.Succeeded:
                await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, AccountClaims.Principal(result.Account!));
                AccountsLog.SignedIn(logger, LoginName);
                return LocalRedirect(Target());
            case SignInStatus.LockedOut:
                AccountsLog.LockedOut(logger, LoginName, result.LockedUntil!.Value);
                Error = $"账号已锁定：连续 {AccountService.MaxFailedAttempts} 次密码错误，请于 {DisplayNames.Time(result.LockedUntil)} 后再试，或联系系统管理员。";
                break;
            default:
                AccountsLog.SignInFailed(logger, LoginName, result.RemainingAttempts);
                Error = result.RemainingAttempts < AccountService.MaxFailedAttempts
                    ? $"登录名或密码错误。再错 {result.RemainingAttempts} 次，账号将锁定 {(int)AccountService.LockoutDuration.TotalMinutes} 分钟。"
                    : "登录名或密码错误。";
                break;
        }
        Password = "";
        return Page();
    }

    private string Target() => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/inbox";
}
