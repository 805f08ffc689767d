using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// A parallel burst of wrong passwords locks the account just as a sequential one does: the count is one statement,
/// so no attempt is lost between a read and a write. SQLite and PostgreSQL (<c>WORKFLOW_PG</c>; fails if absent).
/// </summary>
public sealed class LockoutConcurrencyTests
{
    public static TheoryData<string> Databases => MigratedDatabase.Kinds;

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task WrongPasswords_InParallel_LockTheAccountAndLoseNoCount(string kind)
    {
        await using var database = await MigratedDatabase.OpenAsync(kind);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        var store = new DapperAccountStore(database.Database, time);
        var accounts = new AccountService(store, new PasswordHasher<Account>(), time);
        await store.AddIfMissingAsync(accounts.Create("lina", "lina", "李娜", "村协理员", "Right@2026", [], [], []), default);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() => accounts.SignInAsync("lina", "wrong", default))));

        var stored = (await store.FindAsync("lina", default))!;
        Assert.NotNull(stored.LockedUntil);
        Assert.Contains(results, r => r.Status == SignInStatus.LockedOut);
        Assert.Equal(SignInStatus.LockedOut, (await accounts.SignInAsync("lina", "Right@2026", default)).Status);
        // Every attempt before the lock was counted: the remaining counts seen are each distinct.
        var counted = results.Where(r => r.Status == SignInStatus.Invalid).Select(r => r.RemainingAttempts).ToList();
        Assert.Equal(counted.Count, counted.Distinct().Count());
    }
}
