namespace Workflow.Engine.Persistence.Accounts;

/// <summary>
/// Where accounts live: the host's database (<see cref="DapperAccountStore"/>, beside the other stores). Every change of the sign-in state is
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
    /// Counts an attempt before its password is checked, as if it failed: one more, or a fresh count of one after a
    /// lockout that has run out; at <paramref name="maxAttempts"/> the account is locked until <paramref name="lockUntil"/>.
    /// A lockout still running is kept while the count goes on, so an attempt numbered past the limit knows it is
    /// refused. Null for an unknown login. Counting first means a parallel burst gets no more password checks than a
    /// sequential one.
    /// </summary>
    Task<SignInFailure?> RecordAttemptAsync(string loginName, DateTimeOffset now, int maxAttempts, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    /// <summary>
    /// After a right password: clears the count and the lockout and stores <paramref name="passwordHash"/>, but only while
    /// the count is still <paramref name="attempts"/> (no other attempt came in between); false otherwise.
    /// </summary>
    Task<bool> RecordSuccessAsync(string loginName, string passwordHash, int attempts, CancellationToken cancellationToken);

    /// <summary>A new password hash and stamp; <paramref name="mustChange"/> asks for another change at the next sign-in.</summary>
    Task<bool> SetPasswordAsync(string loginName, string passwordHash, bool mustChange, string securityStamp, CancellationToken cancellationToken);

    /// <summary>A new stamp for the user's account: every cookie issued before it stops working.</summary>
    Task SetSecurityStampAsync(string userId, string securityStamp, CancellationToken cancellationToken);
}
