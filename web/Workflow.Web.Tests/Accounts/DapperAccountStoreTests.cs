using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;
using Workflow.Engine.Persistence.Accounts;

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
    public async Task RecordAttempt_CountsLocksAtTheLimitAndGoesOnCounting_AndSuccessClearsOnlyItsOwnCount(string kind)
    {
        await using var db = await OpenAsync(kind);
        await db.Store.AddIfMissingAsync(Sample, default);
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));
        var until = new DateTimeOffset(2026, 3, 2, 9, 15, 30, 123, TimeSpan.FromHours(8));

        var first = await db.Store.RecordAttemptAsync("zhangwei", now, 2, until, default);
        var second = await db.Store.RecordAttemptAsync("zhangwei", now, 2, until, default);
        var whileLocked = await db.Store.RecordAttemptAsync("zhangwei", now.AddMinutes(1), 2, until.AddMinutes(1), default);
        var afterLock = await db.Store.RecordAttemptAsync("zhangwei", until.AddSeconds(1), 2, until.AddMinutes(20), default);
        var stale = await db.Store.RecordSuccessAsync("zhangwei", "hash-2", 3, default);
        var own = await db.Store.RecordSuccessAsync("zhangwei", "hash-2", 1, default);
        var cleared = await db.Store.FindAsync("zhangwei", default);

        Assert.Equal(new SignInFailure(1, null), first);
        Assert.Equal(new SignInFailure(2, until), second);
        Assert.Equal(new SignInFailure(3, until), whileLocked);
        Assert.Equal(new SignInFailure(1, null), afterLock);
        Assert.False(stale);
        Assert.True(own);
        Assert.Equal((0, null, "hash-2"), (cleared!.FailedAttempts, cleared.LockedUntil, cleared.PasswordHash));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task RecordAttempt_UnknownLogin_IsNull(string kind)
    {
        await using var db = await OpenAsync(kind);

        Assert.Null(await db.Store.RecordAttemptAsync("nobody", DateTimeOffset.UnixEpoch, 5, DateTimeOffset.UnixEpoch, default));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task AddFirst_OnlyIntoAnEmptyTable(string kind)
    {
        await using var db = await OpenAsync(kind);

        var empty = await db.Store.AnyAsync(default);
        var first = await db.Store.AddFirstAsync(Sample, default);
        var second = await db.Store.AddFirstAsync(Sample with { LoginName = "other", UserId = "other" }, default);

        Assert.False(empty);
        Assert.True(first);
        Assert.False(second);
        Assert.True(await db.Store.AnyAsync(default));
    }

    [Theory]
    [MemberData(nameof(Databases))]
    public async Task SetPasswordAndStamp_AreStoredAndFoundByUser(string kind)
    {
        await using var db = await OpenAsync(kind);
        await db.Store.AddIfMissingAsync(Sample with { MustChangePassword = true, SecurityStamp = "s1" }, default);

        var before = await db.Store.FindByUserAsync("zhangwei", default);
        await db.Store.SetPasswordAsync("zhangwei", "hash-3", false, "s2", default);
        var changed = await db.Store.FindByUserAsync("zhangwei", default);
        await db.Store.SetSecurityStampAsync("zhangwei", "s3", default);

        Assert.Equal((true, "s1"), (before!.MustChangePassword, before.SecurityStamp));
        Assert.Equal((false, "s2", "hash-3"), (changed!.MustChangePassword, changed.SecurityStamp, changed.PasswordHash));
        Assert.Equal("s3", (await db.Store.FindAsync("zhangwei", default))!.SecurityStamp);
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
