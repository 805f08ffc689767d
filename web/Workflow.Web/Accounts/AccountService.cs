using Microsoft.AspNetCore.Identity;

namespace Workflow.Web.Accounts;

/// <summary>
/// Checks passwords and keeps the lockout: after <see cref="MaxFailedAttempts"/> wrong passwords in a row the account
/// is locked for <see cref="LockoutDuration"/>, during which even the right password is refused. Hashes are ASP.NET
/// Core Identity's PBKDF2 (HMAC-SHA512, 100 000 iterations, random salt); an older-format hash is upgraded on success.
/// Time comes from <see cref="TimeProvider"/>, so tests move it by hand.
/// </summary>
public sealed class AccountService(IAccountStore store, IPasswordHasher<Account> hasher, TimeProvider time)
{
    public const int MaxFailedAttempts = 5;

    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    // A hash to check an unknown login against, so that it takes as long as a known one.
    private readonly Lazy<string> _decoyHash = new(() => hasher.HashPassword(Decoy, "decoy-password"));

    private static readonly Account Decoy = new("", "", "", "", "", [], [], []);

    /// <summary>A new account's record with <paramref name="password"/> hashed.</summary>
    public Account Create(string loginName, string userId, string displayName, string role, string password,
        IReadOnlyList<string> posts, IReadOnlyList<string> divisions, IReadOnlyList<string> departments)
    {
        var account = new Account(loginName, userId, displayName, role, "", posts, divisions, departments);
        return account with { PasswordHash = hasher.HashPassword(account, password) };
    }

    public async Task<SignInResult> SignInAsync(string loginName, string password, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(password);
        var account = await store.FindAsync(loginName.Trim(), cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            hasher.VerifyHashedPassword(Decoy, _decoyHash.Value, password);
            return SignInResult.Invalid(MaxFailedAttempts);
        }
        var now = time.GetUtcNow();
        if (account.LockedUntil is { } until && until > now)
        {
            return SignInResult.Locked(until);
        }
        var verdict = hasher.VerifyHashedPassword(account, account.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            // A lockout that has run out starts the count afresh.
            var failures = (account.LockedUntil is null ? account.FailedAttempts : 0) + 1;
            if (failures >= MaxFailedAttempts)
            {
                var lockedUntil = now + LockoutDuration;
                await store.UpdateSignInStateAsync(account.LoginName, 0, lockedUntil, account.PasswordHash, cancellationToken).ConfigureAwait(false);
                return SignInResult.Locked(lockedUntil);
            }
            await store.UpdateSignInStateAsync(account.LoginName, failures, null, account.PasswordHash, cancellationToken).ConfigureAwait(false);
            return SignInResult.Invalid(MaxFailedAttempts - failures);
        }
        var hash = verdict == PasswordVerificationResult.SuccessRehashNeeded ? hasher.HashPassword(account, password) : account.PasswordHash;
        if (account.FailedAttempts != 0 || account.LockedUntil is not null || hash != account.PasswordHash)
        {
            await store.UpdateSignInStateAsync(account.LoginName, 0, null, hash, cancellationToken).ConfigureAwait(false);
        }
        return SignInResult.Success(account with { FailedAttempts = 0, LockedUntil = null, PasswordHash = hash });
    }
}
