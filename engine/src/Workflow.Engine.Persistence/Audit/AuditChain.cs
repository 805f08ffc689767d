using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// The hash chain over an instance's events. Event <c>n</c> stores
/// <c>hash = hex(SHA-256(prev_hash ‖ "\n" ‖ instance_id ‖ "\n" ‖ n ‖ "\n" ‖ body))</c>, where <c>prev_hash</c> is the hash of
/// event <c>n-1</c> (<see cref="Genesis"/> for the first) and <c>body</c> the event's canonical JSON as stored
/// (<c>EventSerializer</c>). Binding the instance id and position as well as the content means a row can be neither
/// edited, moved to another case, nor reordered without breaking the chain; the instance row's <c>head_hash</c> and
/// version catch a truncated tail.
/// </summary>
public static class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    public static string Hash(string previousHash, string instanceId, long seq, string body)
    {
        var text = string.Concat(previousHash, "\n", instanceId, "\n", seq.ToString(CultureInfo.InvariantCulture), "\n", body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
