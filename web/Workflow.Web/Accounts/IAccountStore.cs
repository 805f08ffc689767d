namespace Workflow.Web.Accounts;

/// <summary>
/// Where accounts live: the host's database (<see cref="DapperAccountStore"/>). Every change of the sign-in state is
/// one statement that reads and writes the row together, so parallel attempts can never lose a count.
/// </summary>
public interface IAccountStore
{
    /// <summary>The account with this login name (exact, case-sensitive), or null.</summary>
    Task<Account?> FindAsync(string loginName, CancellationToken cancellationToken);

    /// <summary>The account of this user id, or null.</summary>
    Task<Account?> FindByUserAsync(string userId, CancellationToken cancellationToken);

    /// <summary>Whether any account exists at all.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    /// <summary>Adds the account unless one with its login name exists; true when it was added.</summary>
    Task<bool> AddIfMissingAsync(Account account, CancellationToken cancellationToken);

    /// <summary>Adds the account only into an empty table (the first administrator); true when it was added.</summary>
    Task<bool> AddFirstAsync(Account account, CancellationToken cancellationToken);

    /// <summary>
    /// Counts a wrong password: one more failure, or a fresh count of one after a lockout that has run out; at
    /// <paramref name="maxAttempts"/> the account is locked until <paramref name="lockUntil"/>. A lockout still running
    /// is left as it is. Null for an unknown login.
    /// </summary>
    Task<SignInFailure?> RecordFailureAsync(string loginName, DateTimeOffset now, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    /// <summary>Clears the failures and the lockout and stores <paramref name="passwordHash"/> (rehashed or not).</summary>
    Task RecordSuccessAsync(string loginName, string passwordHash, CancellationToken cancellationToken);

    /// <summary>A new password hash and stamp; <paramref name="mustChange"/> asks for another change at the next sign-in.</summary>
    Task<bool> SetPasswordAsync(string loginName, string passwordHash, bool mustChange, string securityStamp, CancellationToken cancellationToken);

    /// <summary>A new stamp for the user's account: every cookie issued before it stops working.</summary>
    Task SetSecurityStampAsync(string userId, string securityStamp, CancellationToken cancellationToken);
}
