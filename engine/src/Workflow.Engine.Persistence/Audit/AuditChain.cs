using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// The hash chains over the event log and the casework audit. Event <c>n</c> of an instance stores
/// <c>hash = hex(MAC(prev_hash ‖ "\n" ‖ instance_id ‖ "\n" ‖ n ‖ "\n" ‖ body))</c>, where <c>prev_hash</c> is the hash of
/// event <c>n-1</c> (<see cref="Genesis"/> for the first) and <c>body</c> the event's canonical JSON as stored
/// (<c>EventSerializer</c>). Binding the instance id and position as well as the content means a row can be neither
/// edited, moved to another case, nor reordered without breaking the chain; the instance row's <c>head_hash</c> and
/// version catch a truncated tail. A casework audit entry is chained the same way, with <see cref="CaseworkChain"/> as
/// the instance and <c>CaseworkAuditChain.Body</c> as the body.
/// <para>
/// MAC is HMAC-SHA-256 under a key that lives outside the database (<see cref="Keyed"/>), so someone who can write to
/// the database cannot recompute a chain after editing it. <see cref="Unkeyed"/> (plain SHA-256) is for tests and
/// embedded uses that have no key; the web host always has one.
/// </para>
/// </summary>
public sealed class AuditChain
{
    public static readonly string Genesis = new('0', 64);

    /// <summary>The instance id under which casework audit entries are chained.</summary>
    public const string CaseworkChain = "cw_audit";

    /// <summary>Shortest accepted key: 256 bits, the size of the HMAC-SHA-256 block's security level.</summary>
    public const int MinimumKeyBytes = 32;

    private readonly byte[]? _key;

    private AuditChain(byte[]? key) => _key = key;

    public static AuditChain Unkeyed { get; } = new(null);

    public bool IsKeyed => _key is not null;

    public static AuditChain Keyed(ReadOnlySpan<byte> key) => key.Length >= MinimumKeyBytes
        ? new AuditChain(key.ToArray())
        : throw new ArgumentException($"An audit key has at least {MinimumKeyBytes} bytes; this one has {key.Length}.", nameof(key));

    public string Hash(string previousHash, string instanceId, long seq, string body)
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
            if (_key is null)
            {
                SHA256.HashData(buffer.AsSpan(0, n), digest);
            }
            else
            {
                HMACSHA256.HashData(_key, buffer.AsSpan(0, n), digest);
            }
            return Convert.ToHexStringLower(digest);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
