namespace Workflow.Engine.Persistence.Accounts;

/// <summary>The account's state right after a wrong password was counted: the failures in a row and any lockout.</summary>
public sealed record SignInFailure(int FailedAttempts, DateTimeOffset? LockedUntil);
