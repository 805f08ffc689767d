using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Accounts;

/// <summary>
/// Checks passwords and keeps the lockout: after <see cref="MaxFailedAttempts"/> wrong passwords in a row the account
/// is locked for <see cref="LockoutDuration"/>, during which even the right password is refused. The count is kept by
/// the store in one statement, so a parallel burst locks the account like a sequential one. An unknown login, a wrong
/// password and a locked account cost the same hash and give the caller the same answer. Hashes are ASP.NET Core
/// Identity's PBKDF2 (HMAC-SHA512, 100 000 iterations, random salt); an older-format hash is upgraded on success.
/// </summary>
public sealed class AccountService(IAccountStore store, IPasswordHasher<Account> hasher, TimeProvider time)
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // A hash to check an unknown login against, so that it takes as long as a known one.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(Decoy, "decoy-password"));

    private static readonly Account Decoy = new("", "", "", "", "", [], [], []);

    /// <summary>A new account's record with <paramref name="password"/> hashed and a fresh security stamp.</summary>
    public Account Create(string loginName, string userId, string displayName, string role, string password,
        IReadOnlyList<string> posts, IReadOnlyList<string> divisions, IReadOnlyList<string> departments, bool mustChangePassword = false)
    {
        var account = new Account(loginName, userId, displayName, role, "", posts, divisions, departments,
            MustChangePassword: mustChangePassword, SecurityStamp: NewStamp());
        return account with { PasswordHash = hasher.HashPassword(account, password) };
    }

    public async Task<SignInResult> SignInAsync(string loginName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        var account = await store.FindAsync(loginName.Trim(), cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var lockUntil = now + LockoutDuration;
        // The attempt is counted before the password is checked, and one past the limit (a lockout running, or set by
        // another attempt of the same burst) ends without a check: a burst gets no more guesses than MaxFailedAttempts.
        // An unknown login runs the same statement (it changes no row), so it costs what a known one does.
        var counted = await store.RecordAttemptAsync(account?.LoginName ?? loginName.Trim(), now, MaxFailedAttempts, lockUntil, cancellationToken).ConfigureAwait(false);
        if (account is null || counted is null || counted.FailedAttempts > MaxFailedAttempts)
        {
            hasher.VerifyHashedPassword(Decoy, _decoyHash.Value, password);
            return counted?.LockedUntil is { } until ? SignInResult.Locked(until) : SignInResult.Invalid(MaxFailedAttempts);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            return counted.LockedUntil is { } lockedUntil ? SignInResult.Locked(lockedUntil) : SignInResult.Invalid(MaxFailedAttempts - counted.FailedAttempts);
        }
        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(account, password) : account.PasswordHash;
        if (!await store.RecordSuccessAsync(account.LoginName, hash, counted.FailedAttempts, cancellationToken).ConfigureAwait(false)
            && (await store.FindAsync(account.LoginName, cancellationToken).ConfigureAwait(false))?.LockedUntil is { } lockedMeanwhile && lockedMeanwhile > now)
        {
            // Wrong guesses arrived beside this one and locked the account: the lock stands.
            return SignInResult.Locked(lockedMeanwhile);
        }
        return SignInResult.Success(account with { FailedAttempts = 0, LockedUntil = null, PasswordHash = hash });
    }

    /// <summary>
    /// Replaces the password of a signed-in account after checking the current one, clears the must-change flag and
    /// issues a new stamp (every other session ends). Returns the Chinese reason when refused.
    /// </summary>
    public async Task<(Account? Account, string? Problem)> ChangePasswordAsync(string userId, string current, string next, CancellationToken cancellationToken)
    {
        if (await store.FindByUserAsync(userId, cancellationToken).ConfigureAwait(false) is not { } account
            || hasher.VerifyHashedPassword(account, account.PasswordHash, current) == PasswordVerificationResult.Failed)
        {
            return (null, "当前密码不正确。");
        }
        if (PasswordRules.Problem(next, account.LoginName) is { } weak)
        {
            return (null, weak);
        }
        if (hasher.VerifyHashedPassword(account, account.PasswordHash, next) != PasswordVerificationResult.Failed)
        {
            return (null, "新密码不能与当前密码相同。");
        }
        var changed = account with { PasswordHash = hasher.HashPassword(account, next), MustChangePassword = false, SecurityStamp = NewStamp() };
        await store.SetPasswordAsync(account.LoginName, changed.PasswordHash, false, changed.SecurityStamp, cancellationToken).ConfigureAwait(false);
        return (changed, null);
    }

    /// <summary>Ends every session of the user: their cookies carry the old stamp.</summary>
    public Task RevokeSessionsAsync(string userId, CancellationToken cancellationToken) => store.SetSecurityStampAsync(userId, NewStamp(), cancellationToken);

    /// <summary>A random password for a new or reset account, which must be changed at first sign-in.</summary>
    public static string TemporaryPassword() => "Tmp-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y');

    private static string NewStamp() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
}
