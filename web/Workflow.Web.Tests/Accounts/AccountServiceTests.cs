using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Tests.Accounts;

/// <summary>Passwords, the lockout and password changes, on the real account store (a migrated SQLite file).</summary>
public sealed class AccountServiceTests : IAsyncLifetime
{
    private const string Password = "Right@2026";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private MigratedDatabase _database = null!;
    private DapperAccountStore _store = null!;
    private AccountService _accounts = null!;

    public async Task InitializeAsync()
    {
        _database = await MigratedDatabase.OpenAsync("sqlite");
        _store = new DapperAccountStore(_database.Database, _time);
        _accounts = new AccountService(_store, new PasswordHasher<Account>(), _time);
        await _store.AddIfMissingAsync(_accounts.Create("lina", "lina", "李娜", "村协理员", Password, ["村协理员"], ["500113102001"], []), default);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task SignIn_WithRightPassword_ReturnsTheAccount()
    {
        var result = await _accounts.SignInAsync("lina", Password, default);

        Assert.Equal(SignInStatus.Succeeded, result.Status);
        Assert.Equal("李娜", result.Account!.DisplayName);
        Assert.Equal(["村协理员"], result.Account.Posts);
    }

    [Fact]
    public void Create_StoresAPbkdf2HashWithRandomSalt_NeverThePassword()
    {
        var a = _accounts.Create("a", "a", "甲", "r", Password, [], [], []);
        var b = _accounts.Create("b", "b", "乙", "r", Password, [], [], []);

        Assert.DoesNotContain(Password, a.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(a.PasswordHash, b.PasswordHash);
        Assert.NotEqual(a.SecurityStamp, b.SecurityStamp);
        // Identity's format 3: PBKDF2 with HMAC-SHA512, 100 000 iterations.
        var bytes = Convert.FromBase64String(a.PasswordHash);
        Assert.Equal(0x01, bytes[0]);
        Assert.Equal(2, (bytes[1] << 24) | (bytes[2] << 16) | (bytes[3] << 8) | bytes[4]);
        Assert.Equal(100_000, (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8]);
    }

    [Fact]
    public async Task SignIn_UnknownLogin_IsInvalidLikeAWrongPassword()
    {
        var result = await _accounts.SignInAsync("nobody", Password, default);

        Assert.Equal(SignInStatus.Invalid, result.Status);
        Assert.Null(result.Account);
    }

    [Fact]
    public async Task SignIn_WrongPassword_CountsDownTheRemainingAttempts()
    {
        var first = await _accounts.SignInAsync("lina", "wrong", default);
        var second = await _accounts.SignInAsync("lina", "wrong", default);

        Assert.Equal(SignInStatus.Invalid, first.Status);
        Assert.Equal(4, first.RemainingAttempts);
        Assert.Equal(3, second.RemainingAttempts);
    }

    [Fact]
    public async Task SignIn_FifthWrongPassword_LocksForFifteenMinutes_EvenAgainstTheRightPassword()
    {
        for (var i = 0; i < 4; i++)
        {
            await _accounts.SignInAsync("lina", "wrong", default);
        }

        var fifth = await _accounts.SignInAsync("lina", "wrong", default);
        _time.Advance(TimeSpan.FromMinutes(14));
        var during = await _accounts.SignInAsync("lina", Password, default);

        Assert.Equal(SignInStatus.LockedOut, fifth.Status);
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromMinutes(14) + AccountService.LockoutDuration, fifth.LockedUntil);
        Assert.Equal(SignInStatus.LockedOut, during.Status);
    }

    [Fact]
    public async Task SignIn_AfterTheLockout_RightPasswordSucceedsAndResetsTheCount()
    {
        for (var i = 0; i < 5; i++)
        {
            await _accounts.SignInAsync("lina", "wrong", default);
        }
        _time.Advance(AccountService.LockoutDuration);

        var after = await _accounts.SignInAsync("lina", Password, default);
        var nextWrong = await _accounts.SignInAsync("lina", "wrong", default);

        Assert.Equal(SignInStatus.Succeeded, after.Status);
        Assert.Equal(4, nextWrong.RemainingAttempts);
        var stored = await _store.FindAsync("lina", default);
        Assert.Null(stored!.LockedUntil);
    }

    [Fact]
    public async Task SignIn_AfterAnExpiredLockout_AWrongPasswordStartsTheCountAfresh()
    {
        for (var i = 0; i < 5; i++)
        {
            await _accounts.SignInAsync("lina", "wrong", default);
        }
        _time.Advance(AccountService.LockoutDuration);

        var wrong = await _accounts.SignInAsync("lina", "wrong", default);

        Assert.Equal((SignInStatus.Invalid, 4), (wrong.Status, wrong.RemainingAttempts));
    }

    [Fact]
    public async Task SignIn_SuccessBeforeTheLimit_ResetsTheCount()
    {
        for (var i = 0; i < 4; i++)
        {
            await _accounts.SignInAsync("lina", "wrong", default);
        }

        await _accounts.SignInAsync("lina", Password, default);
        var wrong = await _accounts.SignInAsync("lina", "wrong", default);

        Assert.Equal(SignInStatus.Invalid, wrong.Status);
        Assert.Equal(4, wrong.RemainingAttempts);
    }

    [Fact]
    public async Task ChangePassword_NeedsTheCurrentOne_AStrongNewOne_AndIssuesANewStamp()
    {
        var before = (await _store.FindAsync("lina", default))!;

        var wrongCurrent = await _accounts.ChangePasswordAsync("lina", "wrong", "New-Pass#2027", default);
        var weak = await _accounts.ChangePasswordAsync("lina", Password, "short", default);
        var changed = await _accounts.ChangePasswordAsync("lina", Password, "New-Pass#2027", default);

        Assert.Equal("当前密码不正确。", wrongCurrent.Problem);
        Assert.NotNull(weak.Problem);
        Assert.Null(changed.Problem);
        var after = (await _store.FindAsync("lina", default))!;
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        Assert.False(after.MustChangePassword);
        Assert.Equal(SignInStatus.Succeeded, (await _accounts.SignInAsync("lina", "New-Pass#2027", default)).Status);
        Assert.Equal(SignInStatus.Invalid, (await _accounts.SignInAsync("lina", Password, default)).Status);
    }
}
