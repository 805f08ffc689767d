using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Time.Testing;
using Workflow.Web.Accounts;

namespace Workflow.Web.Tests.Accounts;

public sealed class AccountServiceTests
{
    private const string Password = "Right@2026";
    private readonly InMemoryAccountStore _store = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly AccountService _accounts;

    public AccountServiceTests()
    {
        _accounts = new AccountService(_store, new PasswordHasher<Account>(), _time);
        _store.AddIfMissingAsync(_accounts.Create("lina", "lina", "李娜", "村协理员", Password, ["村协理员"], ["500113102001"], []), default).GetAwaiter().GetResult();
    }

    [Fact]
    public async Task SignIn_WithRightPassword_ReturnsTheAccount()
    {
        var result = await _accounts.SignInAsync("lina", Password, default);

        Assert.Equal(SignInStatus.Succeeded, result.Status);
        Assert.Equal("李娜", result.Account!.DisplayName);
        Assert.Equal(["村协理员"], result.Account.Posts);
    }

    [Fact]
    public async Task Create_StoresAPbkdf2HashWithRandomSalt_NeverThePassword()
    {
        var a = _accounts.Create("a", "a", "甲", "r", Password, [], [], []);
        var b = _accounts.Create("b", "b", "乙", "r", Password, [], [], []);

        Assert.DoesNotContain(Password, a.PasswordHash, StringComparison.Ordinal);
        Assert.NotEqual(a.PasswordHash, b.PasswordHash);
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
}
