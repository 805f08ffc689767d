namespace Workflow.Web.Accounts;

/// <summary>
/// What a login name and a chosen password must be (等保 2.0 三级 identity rules): at least 10 characters with three of upper case, lower
/// case, digits and symbols, and not containing the login name.
/// </summary>
public static class PasswordRules
{
    public const int MinLength = 10;

    /// <summary>A login name: 3 to 32 lower-case letters, digits, '.', '-' or '_' (the ids of the organisation's people).</summary>
    public static bool IsLoginName(string? login) =>
        login is { Length: >= 3 and <= 32 } && login.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    /// <summary>Null when acceptable, else the reason in Chinese.</summary>
    public static string? Problem(string? password, string loginName)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return $"密码至少 {MinLength} 位。";
        }
        if (password.Length > 128)
        {
            return "密码最多 128 位。";
        }
        var classes = (password.Any(char.IsAsciiLetterUpper) ? 1 : 0) + (password.Any(char.IsAsciiLetterLower) ? 1 : 0)
            + (password.Any(char.IsAsciiDigit) ? 1 : 0) + (password.Any(c => !char.IsAsciiLetterOrDigit(c)) ? 1 : 0);
        if (classes < 3)
        {
            return "密码须包含大写字母、小写字母、数字、符号中的至少三类。";
        }
        return loginName.Length > 0 && password.Contains(loginName, StringComparison.OrdinalIgnoreCase) ? "密码不能包含登录名。" : null;
    }
}
