using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Workflow.Casework.Application;
using Workflow.Web.Accounts;
using Workflow.Web.Casework;
using Workflow.Web.Security;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Ui;

/// <summary>
/// 首次启动：创建第一个系统管理员. Open only while the one-time token printed at start is unused and no account exists;
/// the account is added only into an empty table, so two hosts (or two people) cannot both create one.
/// </summary>
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class SetupModel(
    SetupToken token, AccountService accounts, IAccountStore store, CaseworkDirectory directory, ILogger<SetupModel> logger) : PageModel
{
    [BindProperty]
    public string Token { get; set; } = "";

    [BindProperty]
    public string LoginName { get; set; } = "";

    [BindProperty]
    public string DisplayName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty]
    public string Confirm { get; set; } = "";

    public string? Error { get; private set; }

    public IActionResult OnGet() => token.IsOpen ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!token.IsOpen)
        {
            return NotFound();
        }
        Error = !token.Matches(Token) ? "一次性令牌不正确（见主机启动日志）。"
            : !PasswordRules.IsLoginName(LoginName) ? "登录名为 3 到 32 位小写字母、数字、点、横线或下划线。"
            : string.IsNullOrWhiteSpace(DisplayName) || DisplayName.Trim().Length > 50 ? "请填写 50 字以内的姓名。"
            : Password != Confirm ? "两次输入的密码不一致。"
            : PasswordRules.Problem(Password, LoginName!) ?? NotAnAdministratorOfTheOrganisation(LoginName!);
        if (Error is not null)
        {
            return Page();
        }
        // Once the organisation lists anyone, only the people it lists may act: the account is that person's.
        var person = directory.Organisation.FindUser(LoginName);
        var administrator = accounts.Create(LoginName!, LoginName!, person?.Name ?? DisplayName.Trim(), "系统管理员", Password,
            [Workflow.Casework.StandardPosts.Administrator], person?.Posts.Select(p => p.DivisionCode).Distinct().ToList() ?? [], []);
        if (!await store.AddFirstAsync(administrator, cancellationToken))
        {
            token.Close();
            return NotFound();
        }
        token.Close();
        AccountsLog.FirstAdministratorCreated(logger, administrator.UserId);
        return Redirect("/signin");
    }

    private string? NotAnAdministratorOfTheOrganisation(string login) =>
        directory.Organisation.Users.Count == 0
            || directory.Organisation.FindUser(login) is { Active: true } person && person.Posts.Any(p => p.PostCode == Workflow.Casework.StandardPosts.Administrator)
            ? null
            : "组织机构已登记人员：登录名须为其中在职的系统管理员的人员编号。";
}
