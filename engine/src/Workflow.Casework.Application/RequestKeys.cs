using System.Security.Cryptography;
using System.Text;

namespace Workflow.Casework.Application;

/// <summary>
/// Ids derived from a client's request key, so a retried request finds what the first one made instead of making it
/// twice. The key is always qualified by the caller, so one clerk's key never returns another's record.
/// </summary>
public static class RequestKeys
{
    public static string IdFor(string qualifiedKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("application:" + qualifiedKey)))[..32];
}
