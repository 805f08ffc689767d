using System.Buffers;
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
        // Every commit hashes each of its events: the UTF-8 text goes into a pooled buffer instead of a new string and
        // byte array per event. The bytes hashed are exactly those of the formula above.
        Span<char> number = stackalloc char[20];
        seq.TryFormat(number, out var digits, provider: CultureInfo.InvariantCulture);
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(previousHash.Length + instanceId.Length + digits + body.Length + 3));
        try
        {
            var n = Encoding.UTF8.GetBytes(previousHash, buffer);
            buffer[n++] = (byte)'\n';
            n += Encoding.UTF8.GetBytes(instanceId, buffer.AsSpan(n));
            buffer[n++] = (byte)'\n';
            n += Encoding.UTF8.GetBytes(number[..digits], buffer.AsSpan(n));
            buffer[n++] = (byte)'\n';
            n += Encoding.UTF8.GetBytes(body, buffer.AsSpan(n));
            Span<byte> digest = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, n), digest);
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
