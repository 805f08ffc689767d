using System.Security.Cryptography;
using System.Text;

namespace Workflow.Engine.Messaging.Outbox;

/// <summary>
/// Turns an outbox row's text message id into the GUID MassTransit carries, the same on every host and every retry,
/// so a consumer can drop a second delivery of one row by message id.
/// </summary>
public static class MessageIds
{
    /// <summary>Keeps our ids apart from any other name-based GUIDs that hash the same text.</summary>
    private static readonly byte[] Namespace = Encoding.UTF8.GetBytes("workflow-engine/outbox/");

    /// <summary>
    /// An RFC 9562 version-8 UUID from the first 16 bytes of SHA-256(namespace ‖ id): like UUIDv5, but with SHA-256
    /// instead of SHA-1.
    /// </summary>
    public static Guid For(string outboxMessageId)
    {
        var text = Encoding.UTF8.GetBytes(outboxMessageId);
        var buffer = new byte[Namespace.Length + text.Length];
        Namespace.CopyTo(buffer, 0);
        text.CopyTo(buffer, Namespace.Length);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer, hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
