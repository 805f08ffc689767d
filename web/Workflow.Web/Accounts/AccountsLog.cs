namespace Workflow.Web.Accounts;

/// <summary>
/// Log messages of sign-in, the demo accounts and the first-start setup. Event ids 3xxx. Never a password other than
/// the demo one, and never a login name someone typed: a failed attempt is logged by <see cref="LoginFingerprint"/>.
/// </summary>
internal static partial class AccountsLog
{
    [LoggerMessage(3001, LogLevel.Warning, "演示模式：演示账号的密码均为 {Password}，切勿用于真实数据。Demo mode: every demo account's password is {Password}; never use it with real data.")]
    public static partial void DemoSignInHeader(ILogger logger, string password);

    [LoggerMessage(3002, LogLevel.Information, "  {Role} {DisplayName}: 登录名 {LoginName}")]
    public static partial void DemoSignIn(ILogger logger, string role, string displayName, string loginName);

    [LoggerMessage(3003, LogLevel.Information, "用户 {UserId} 已登录。")]
    public static partial void SignedIn(ILogger logger, string userId);

    [LoggerMessage(3004, LogLevel.Warning, "登录失败（登录名指纹 {LoginFingerprint}）。")]
    public static partial void SignInFailed(ILogger logger, string loginFingerprint);

    [LoggerMessage(3005, LogLevel.Warning, "登录名指纹 {LoginFingerprint} 的账号已锁定至 {LockedUntil}。")]
    public static partial void LockedOut(ILogger logger, string loginFingerprint, DateTimeOffset lockedUntil);

    [LoggerMessage(3006, LogLevel.Warning, "尚无任何账号：请在 /setup 用一次性令牌 {Token} 创建第一个系统管理员（令牌仅本次启动有效）。No account exists yet: create the first administrator at /setup with the one-time token {Token}.")]
    public static partial void SetupTokenIssued(ILogger logger, string token);

    [LoggerMessage(3007, LogLevel.Information, "第一个系统管理员 {UserId} 已创建。")]
    public static partial void FirstAdministratorCreated(ILogger logger, string userId);

    [LoggerMessage(3008, LogLevel.Information, "用户 {UserId} 已修改密码。")]
    public static partial void PasswordChanged(ILogger logger, string userId);

    [LoggerMessage(3009, LogLevel.Information, "用户 {UserId} 已退出，其全部会话失效。")]
    public static partial void SignedOut(ILogger logger, string userId);

    [LoggerMessage(3010, LogLevel.Information, "管理员 {AdministratorId} 为用户 {UserId} 开设了账号（首次登录须改密码）。")]
    public static partial void AccountCreated(ILogger logger, string administratorId, string userId);
}
