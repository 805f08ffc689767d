namespace Workflow.Engine.Persistence.Accounts;

/// <summary>
/// A local sign-in account: who the person is to the engine (<see cref="UserId"/>, posts, divisions, departments) and
/// the state of their password (a PBKDF2 hash, the failed attempts since the last success, the end of a lockout).
/// <see cref="MustChangePassword"/> holds a new account (or one an administrator reset) to a password change before
/// anything else; <see cref="SecurityStamp"/> travels in the sign-in cookie, and a cookie with an older stamp is void.
/// </summary>
public sealed record Account(
    string LoginName,
    string UserId,
    string DisplayName,
    string Role,
    string PasswordHash,
    IReadOnlyList<string> Posts,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Departments,
    int FailedAttempts = 0,
    DateTimeOffset? LockedUntil = null,
    bool MustChangePassword = false,
    string SecurityStamp = "");
