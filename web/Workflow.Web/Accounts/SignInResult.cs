using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Accounts;

/// <summary>
/// The answer to a sign-in attempt: the account when it succeeded, the end of the lockout when locked, and for a wrong
/// password how many attempts remain before the lockout.
/// </summary>
public sealed record SignInResult(SignInStatus Status, Account? Account, DateTimeOffset? LockedUntil, int RemainingAttempts)
{
    public static SignInResult Success(Account account) => new(SignInStatus.Succeeded, account, null, AccountService.MaxFailedAttempts);

    public static SignInResult Invalid(int remaining) => new(SignInStatus.Invalid, null, null, remaining);

    public static SignInResult Locked(DateTimeOffset until) => new(SignInStatus.LockedOut, null, until, 0);
}
