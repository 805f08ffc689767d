using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Accounts;

/// <summary>
/// The account store on a migrated database: SQLite (a temp file) and PostgreSQL (<c>WORKFLOW_PG</c>; a missing or
/// unreachable server fails these tests, it never skips them).
/// </summary>
public sealed class DapperAccountStoreTests
{
    public static TheoryData<string> Databases => MigratedDatabase.Kinds;

    private static readonly Account Sample = new(
        "zhangwei", "zhangwei", "张伟", "乡镇审核人", "hash-1", ["民政办", "社会救助经办"], ["500113102000"], ["district-education"]);

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task AddIfMissing_ThenFind_RoundTripsEveryField(string kind)
    {
        await using var db = await OpenAsync(kind);

        var added = await db.Store.AddIfMissingAsync(Sample, default);
        var again = await db.Store.AddIfMissingAsync(Sample with { DisplayName = "别人" }, default);
        var found = await db.Store.FindAsync("zhangwei", default);

        Assert.True(added);
        Assert.False(again);
        Assert.NotNull(found);
        Assert.Equal(Sample.DisplayName, found.DisplayName);
        Assert.Equal(Sample.Role, found.Role);
        Assert.Equal(Sample.Posts, found.Posts);
        Assert.Equal(Sample.Divisions, found.Divisions);
        Assert.Equal(Sample.Departments, found.Departments);
        Assert.Equal(0, found.FailedAttempts);
        Assert.Null(found.LockedUntil);
        Assert.Null(await db.Store.FindAsync("ZHANGWEI", default));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task UpdateSignInState_StoresCountLockoutAndHash(string kind)
    {
        await using var db = await OpenAsync(kind);
        await db.Store.AddIfMissingAsync(Sample, default);
        var until = new DateTimeOffset(2026, 3, 2, 9, 15, 30, 123, TimeSpan.FromHours(8));

        await db.Store.UpdateSignInStateAsync("zhangwei", 3, until, "hash-2", default);
        var locked = await db.Store.FindAsync("zhangwei", default);
        await db.Store.UpdateSignInStateAsync("zhangwei", 0, null, "hash-2", default);
        var cleared = await db.Store.FindAsync("zhangwei", default);

        Assert.Equal(3, locked!.FailedAttempts);
        Assert.Equal(until, locked.LockedUntil);
        Assert.Equal("hash-2", locked.PasswordHash);
        Assert.Null(cleared!.LockedUntil);
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task UpdateSignInState_UnknownLogin_Throws(string kind)
    {
        await using var db = await OpenAsync(kind);

        await Assert.ThrowsAsync<InvalidOperationException>(() => db.Store.UpdateSignInStateAsync("nobody", 1, null, "h", default));
    }

    private static async Task<TestDb> OpenAsync(string kind)
    {
        var database = await MigratedDatabase.OpenAsync(kind);
        return new TestDb(database, new DapperAccountStore(database.Database, new FakeTimeProvider()));
    }

    private sealed class TestDb(MigratedDatabase database, DapperAccountStore store) : IAsyncDisposable
    {
        public DapperAccountStore Store => store;

        public ValueTask DisposeAsync() => database.DisposeAsync();
    }
}
