using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassTransit;
using Workflow.Casework;
using Workflow.Engine.Messaging.Contracts;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// Closes a 12345 ticket back to the city when the case it started finishes: <see cref="HotlineTicketClosed"/> with
/// the case's <c>ticketOutcome</c> and <c>satisfaction</c> variables, once per ticket. The reply is claimed on the
/// ticket's row before it is published and given back if publishing fails, and its bus message id is made from the
/// ticket number, so a receiver that saw it already can drop a rare second copy.
/// </summary>
public sealed class TicketClosing(InboundMessageStore store, CaseReader cases, IBus bus, TimeProvider time)
{
    /// <summary>The <see cref="HotlineTicketClosed.SenderSystem"/> of every reply.</summary>
    public const string SenderSystem = "civil-affairs-workflow";

    private static readonly string[] Satisfactions = ["满意", "基本满意", "不满意"];

    /// <summary>Publishes the ticket's closing when <paramref name="finished"/> is a case a ticket started; false when it is not, or was closed before.</summary>
    public async Task<bool> CloseAsync(WorkflowFinished finished, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(finished);
        if (await store.FindByInstanceAsync(InboundKinds.HotlineTicket, finished.InstanceId, cancellationToken).ConfigureAwait(false) is not { } row
            || row.RepliedAt is not null
            || JsonSerializer.Deserialize<HotlineTicketReceived>(row.Body, InboundReader.Json) is not { } ticket)
        {
            return false;
        }
        var variables = (await cases.InstanceAsync(finished.InstanceId, cancellationToken).ConfigureAwait(false))?.Variables;
        var closed = new HotlineTicketClosed(SenderSystem, $"hotline-ticket-closed:{ticket.TicketNumber}", ticket.TicketNumber,
            Text(variables, "ticketOutcome") ?? DefaultOutcome(finished), Text(variables, "ticketHandledBy") ?? "民政部门",
            Text(variables, "satisfaction") is { } s && Satisfactions.Contains(s) ? s : "未回访", finished.At);
        var audit = InboundAudit.Entry(time, "system", "inbound.reply", row.Id,
            new { ticketNumber = ticket.TicketNumber, instanceId = finished.InstanceId, satisfaction = closed.Satisfaction });
        if (!await store.ClaimReplyAsync(row.Id, time.GetUtcNow(), audit, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        try
        {
            await bus.Publish(closed, c => c.MessageId = MessageIdOf(closed.SenderMessageId), cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            await store.ReleaseReplyAsync(row.Id, InboundAudit.Entry(time, "system", "inbound.reply-released", row.Id,
                new { ticketNumber = ticket.TicketNumber, instanceId = finished.InstanceId }), CancellationToken.None).ConfigureAwait(false);
            throw;
        }
        return true;
    }

    private static string DefaultOutcome(WorkflowFinished finished) => finished.SubStatus switch
    {
        "Cancelled" => "案件已撤销",
        "Faulted" => "案件办理异常终止，请人工跟进",
        _ => finished.Result is { } result ? $"案件已办结（{result}）" : "案件已办结",
    };

    private static string? Text(IReadOnlyDictionary<string, JsonNode?>? variables, string name) =>
        variables is not null && variables.TryGetValue(name, out var node) && node is JsonValue value && value.TryGetValue<string>(out var text)
            && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static Guid MessageIdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
