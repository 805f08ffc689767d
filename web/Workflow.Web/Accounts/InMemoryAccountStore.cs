using System.Collections.Concurrent;

namespace Workflow.Web.Accounts;

/// <summary>Accounts in a dictionary: for tests and for hosts without a database.</summary>
public sealed class InMemoryAccountStore : IAccountStore
{
    private readonly ConcurrentDictionary<string, Account> _accounts = new(StringComparer.Ordinal);

    public Task<Account?> FindAsync(string loginName, CancellationToken cancellationToken) =>
        Task.FromResult(_accounts.TryGetValue(loginName, out var account) ? account : null);

    public Task<bool> AddIfMissingAsync(Account account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        return Task.FromResult(_accounts.TryAdd(account.LoginName, account));
    }

    public Task UpdateSignInStateAsync(string loginName, int failedAttempts, DateTimeOffset? lockedUntil, string passwordHash, CancellationToken cancellationToken)
    {
        _accounts.AddOrUpdate(
            loginName,
            _ => throw new InvalidOperationException($"Expected account '{loginName}' to exist, but it does not."),
            (_, a) => a with { FailedAttempts = failedAttempts, LockedUntil = lockedUntil, PasswordHash = passwordHash });
        return Task.CompletedTask;
    }
}
