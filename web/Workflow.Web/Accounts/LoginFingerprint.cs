using System.Security.Cryptography;
using System.Text;

namespace Workflow.Web.Accounts;

/// <summary>
/// What the log says instead of a login name someone typed: 8 hex digits of an HMAC under a key made at start, so
/// repeated attempts on one name can be told apart within a run, but the name (often a person's pinyin or a
/// mistyped password) never reaches the log.
/// </summary>
internal static class LoginFingerprint
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static string Of(string? loginName) =>
        Convert.ToHexString(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes((loginName ?? "").Trim())))[..8];
}
