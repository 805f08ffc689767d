namespace Workflow.Web.Accounts;

/// <summary>Where accounts live: in memory for tests, in the host's database (<see cref="DapperAccountStore"/>) otherwise.</summary>
public interface IAccountStore
{
    /// <summary>The account with this login name (exact, case-sensitive), or null.</summary>
    Task<Account?> FindAsync(string loginName, CancellationToken cancellationToken);

    /// <summary>Adds the account unless one with its login name exists; true when it was added.</summary>
    Task<bool> AddIfMissingAsync(Account account, CancellationToken cancellationToken);

    /// <summary>Stores the outcome of a sign-in attempt: the failure count, the lockout and, after a rehash, the hash.</summary>
    Task UpdateSignInStateAsync(string loginName, int failedAttempts, DateTimeOffset? lockedUntil, string passwordHash, CancellationToken cancellationToken);
}
