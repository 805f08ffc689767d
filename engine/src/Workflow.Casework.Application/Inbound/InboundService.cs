using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Receives a message from another system, from the bus or an HTTP twin alike: records it once per (sender, sender's
/// id) and hands it to the <see cref="InboundRouter"/>. The same message again starts nothing and answers the first
/// result; a message that was still being handled when its host stopped is handled on its redelivery.
/// </summary>
public sealed class InboundService(InboundMessageStore store, InboundRouter router, TimeProvider time)
{
    private const int MaxIdLength = 200;

    /// <summary>
    /// Receives <paramref name="json"/> of <paramref name="kind"/> from <paramref name="sender"/>. A body without a usable
    /// <c>senderMessageId</c> is keyed by <paramref name="fallbackSenderId"/> (the bus message id) or else by its hash, so
    /// a resend of the same broken body is still recognised.
    /// </summary>
    public async Task<InboundReceipt> ReceiveAsync(string kind, string sender, string json, string? fallbackSenderId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(json);
        var reading = InboundReader.Read(kind, json, ChinaTime.DayOf(time.GetUtcNow()));
        var senderId = KeyOf(reading.SenderMessageId) ?? KeyOf(fallbackSenderId) ?? "sha256:" + Hash(json);
        var record = New(kind, sender, senderId, json, reading.Problem is null ? InboundStatuses.Received : InboundStatuses.Parked, reading.Problem)
            with { DivisionCode = reading.DivisionCode, PersonKey = reading.IdNumber is { } id ? Workflow.Casework.PersonKey.Of(id) : null };
        var (row, isNew) = await store.AddAsync(record, Audit(record), cancellationToken).ConfigureAwait(false);
        if (row.Status == InboundStatuses.Received)
        {
            row = await router.HandleAsync(row, reading, "system", cancellationToken).ConfigureAwait(false);
        }
        return Receipt(row, !isNew);
    }

    /// <summary>Parks a bus message whose body could not be read at all, keyed by its transport message id.</summary>
    public async Task<InboundReceipt> ParkUnreadableAsync(string kind, string sender, string senderId, string body, string reason,
        CancellationToken cancellationToken)
    {
        var record = New(kind, sender, KeyOf(senderId) ?? "sha256:" + Hash(body), body, InboundStatuses.Parked, reason);
        var (row, isNew) = await store.AddAsync(record, Audit(record), cancellationToken).ConfigureAwait(false);
        return Receipt(row, !isNew);
    }

    public static InboundReceipt Receipt(InboundMessageRecord row, bool isRepeat)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new(row.Id, row.Kind, row.Status, row.Reason, row.InstanceId, isRepeat);
    }

    private InboundMessageRecord New(string kind, string sender, string senderId, string body, string status, string? reason)
    {
        var now = time.GetUtcNow();
        return new(Guid.NewGuid().ToString("N"), kind, Trim(sender), senderId, null, null, body, status, reason, null, null, now, now, null);
    }

    private CaseworkAuditEntry Audit(InboundMessageRecord record) =>
        InboundAudit.Entry(time, "system", record.Status == InboundStatuses.Parked ? "inbound.park" : "inbound.receive", record.Id,
            new { kind = record.Kind, sender = record.Sender, senderId = record.SenderId, reason = record.Reason });

    private static string? KeyOf(string? id) =>
        string.IsNullOrWhiteSpace(id) ? null : id.Length <= MaxIdLength ? id.Trim() : "sha256:" + Hash(id);

    private static string Trim(string sender) => string.IsNullOrWhiteSpace(sender) ? "未知" : sender.Length <= 100 ? sender.Trim() : sender[..100];

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
