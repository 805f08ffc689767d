namespace Workflow.Web.Accounts;

/// <summary>
/// A local sign-in account: who the person is to the engine (<see cref="UserId"/>, posts, divisions, departments) and
/// the state of their password (a PBKDF2 hash, the failed attempts since the last success, the end of a lockout).
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
    DateTimeOffset? LockedUntil = null);
