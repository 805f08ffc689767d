namespace Workflow.Web.Accounts;

/// <summary>Log messages of sign-in and the demo accounts. Event ids 3xxx. Never a password other than the demo one.</summary>
internal static partial class AccountsLog
{
    [LoggerMessage(3001, LogLevel.Information, "演示账号登录 (密码均为 {Password})：")]
    public static partial void DemoSignInHeader(ILogger logger, string password);

    [LoggerMessage(3002, LogLevel.Information, "  {Role} {DisplayName}: 登录名 {LoginName}")]
    public static partial void DemoSignIn(ILogger logger, string role, string displayName, string loginName);

    [LoggerMessage(3003, LogLevel.Information, "用户 {LoginName} 已登录。")]
    public static partial void SignedIn(ILogger logger, string loginName);

    [LoggerMessage(3004, LogLevel.Warning, "用户 {LoginName} 登录失败，剩余尝试次数 {Remaining}。")]
    public static partial void SignInFailed(ILogger logger, string loginName, int remaining);

    [LoggerMessage(3005, LogLevel.Warning, "用户 {LoginName} 已锁定至 {LockedUntil}。")]
    public static partial void LockedOut(ILogger logger, string loginName, DateTimeOffset lockedUntil);
}
