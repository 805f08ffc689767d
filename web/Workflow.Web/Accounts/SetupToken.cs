using System.Security.Cryptography;
using System.Text;

namespace Workflow.Web.Accounts;

/// <summary>
/// The one-time token that lets whoever started a fresh deployment create its first administrator at <c>/setup</c>.
/// It lives only in this process's memory, is printed once at start, and dies with the first account.
/// </summary>
public sealed class SetupToken
{
    private string? _token;

    public bool IsOpen => Volatile.Read(ref _token) is not null;

    public string Issue()
    {
        var token = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Volatile.Write(ref _token, token);
        return token;
    }

    public bool Matches(string? candidate) =>
        Volatile.Read(ref _token) is { } token && candidate is not null
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(token), Encoding.ASCII.GetBytes(candidate.Trim().ToUpperInvariant()));

    public void Close() => Volatile.Write(ref _token, null);
}
