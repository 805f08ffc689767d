using Microsoft.AspNetCore.Http.HttpResults;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Accounts;
using Workflow.Web.Casework;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Api;

/// <summary>
/// <c>POST /api/admin/accounts</c>: an administrator opens a sign-in account for a person of the organisation. The
/// answer carries a temporary password, once; the person must replace it at first sign-in. Mapped into the
/// administrators' group.
/// </summary>
public static class AccountsApi
{
    public sealed record AccountRequest(string? LoginName, string? UserId);

    public sealed record AccountCreated(string LoginName, string UserId, string DisplayName, string TemporaryPassword, bool MustChangePassword);

    public static void MapAccountsApi(this IEndpointRouteBuilder app) => app.MapPost("/api/admin/accounts", CreateAsync);

    public static async Task<Results<Created<AccountCreated>, ProblemHttpResult>> CreateAsync(
        AccountRequest request, HttpContext http, CallerResolver callers, CaseworkDirectory directory, AccountService accounts, IAccountStore store,
        ILogger<AccountService> logger, CancellationToken cancellationToken)
    {
        var login = request.LoginName?.Trim() ?? "";
        if (!PasswordRules.IsLoginName(login))
        {
            return Rejection.Invalid($"Expected a login name of 3 to 32 lower-case letters, digits, '.', '-' or '_', but got '{login}'.", "loginName").ToProblem();
        }
        if (directory.Organisation.FindUser(request.UserId?.Trim()) is not { Active: true } person)
        {
            return Rejection.Invalid($"Expected an active person of the organisation, but '{request.UserId}' is not one.", "userId").ToProblem();
        }
        if (callers.Resolve(http) is not { } caller || person.Posts.Any(p => !CaseAccessPolicy.MayAdminister(caller.Subject, p.DivisionCode)))
        {
            return Rejection.Forbidden($"Expected '{person.Id}' to hold posts only in the administrator's own area, but they do not (不在本管理员管辖范围).").ToProblem();
        }
        if (await store.FindByUserAsync(person.Id, cancellationToken).ConfigureAwait(false) is not null)
        {
            return Rejection.Conflict($"Expected '{person.Id}' to have no account yet, but they have one.").ToProblem();
        }
        var password = AccountService.TemporaryPassword();
        var actor = CallerResolver.ActorOf(person);
        var account = accounts.Create(login, person.Id, person.Name, person.Posts.FirstOrDefault()?.PostCode ?? "", password,
            actor.Posts, actor.DivisionCodes, actor.Departments, mustChangePassword: true);
        if (!await store.AddIfMissingAsync(account, cancellationToken).ConfigureAwait(false))
        {
            return Rejection.Conflict($"Expected the login name '{login}' to be free, but it is taken.").ToProblem();
        }
        AccountsLog.AccountCreated(logger, callers.Resolve(http)?.Id ?? "", person.Id);
        return TypedResults.Created($"/api/admin/accounts/{login}", new AccountCreated(login, person.Id, person.Name, password, true));
    }
}
