using System.Security.Cryptography;
using System.Text;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Receives a message from another system, from the bus or an HTTP twin alike: records it once per (sender, sender's
/// id) and hands it to the <see cref="InboundRouter"/>. The same message again starts nothing and answers the first
/// result, and so does a sound 12345 ticket re-sent under a new sender's id (same sender and ticket number): one ticket,
/// one case. Every repeat is audited (<c>inbound.repeat</c>). A message that was still being handled when its host
/// stopped is handled on its redelivery, as first received.
/// </summary>
public sealed class InboundService(InboundMessageStore store, CaseworkStore casework, InboundRouter router, TimeProvider time)
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
        var ticketNumber = reading is { Problem: null, Message: HotlineTicketReceived ticket } ? KeyOf(ticket.TicketNumber) : null;
        var (row, isNew) = await store.AddAsync(record, Audit(record), ticketNumber, cancellationToken).ConfigureAwait(false);
        if (!isNew)
        {
            await casework.AppendAuditAsync(InboundAudit.Entry(time, "system", "inbound.repeat", row.Id,
                new { kind, sender = record.Sender, senderId, ticketNumber, firstSenderId = row.SenderId, status = row.Status }), cancellationToken).ConfigureAwait(false);
        }
        if (row.Status == InboundStatuses.Received)
        {
            // The first message is the one handled: a repeat's body may differ (a re-sent ticket), the case is the first's.
            var first = isNew ? reading : InboundReader.Read(row.Kind, row.Body, ChinaTime.DayOf(time.GetUtcNow()));
            row = await router.HandleAsync(row, first, "system", cancellationToken).ConfigureAwait(false);
        }
        return Receipt(row, !isNew);
    }

    /// <summary>Parks a bus message whose body could not be read at all, keyed by its transport message id.</summary>
    public async Task<InboundReceipt> ParkUnreadableAsync(string kind, string sender, string senderId, string body, string reason,
        CancellationToken cancellationToken)
    {
        var record = New(kind, sender, KeyOf(senderId) ?? "sha256:" + Hash(body), body, InboundStatuses.Parked, reason);
        var (row, isNew) = await store.AddAsync(record, Audit(record), null, cancellationToken).ConfigureAwait(false);
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
