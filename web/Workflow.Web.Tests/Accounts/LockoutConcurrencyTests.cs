using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// A parallel burst of wrong passwords locks the account just as a sequential one does: each attempt is counted in one
/// statement before its password is checked, so none is lost between a read and a write and none past the limit is
/// checked. SQLite and PostgreSQL (<c>WORKFLOW_PG</c>; fails if absent).
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
        // Every attempt was counted before its check: the remaining counts seen are each distinct, and the burst of 12
        // got no more password checks than a sequential run would (four "wrong" answers, then the lock).
        var counted = results.Where(r => r.Status == SignInStatus.Invalid).Select(r => r.RemainingAttempts).ToList();
        Assert.Equal(counted.Count, counted.Distinct().Count());
        Assert.Equal(AccountService.MaxFailedAttempts - 1, counted.Count);
        Assert.Equal(12 + 1, (await store.FindAsync("lina", default))!.FailedAttempts); // the burst and the right password
    }
}
