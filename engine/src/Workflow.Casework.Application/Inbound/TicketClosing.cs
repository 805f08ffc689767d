using Workflow.Casework.Application.Views;
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
/// ticket's row after it is published, and its bus message id is made from the ticket number, so a receiver that saw
/// it already can drop the second copy a crash between the two would send. <see cref="ClosingAsync"/> is its HTTP twin.
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
            || TicketOf(row) is not { } ticket)
        {
            return false;
        }
        var variables = (await cases.InstanceAsync(finished.InstanceId, cancellationToken).ConfigureAwait(false))?.Variables;
        var closed = Closing(ticket, variables, finished.SubStatus, finished.Result, finished.At);
        // Published before the row is marked: a crash in between redelivers WorkflowFinished, which publishes the same
        // message id again for the receiver to drop. Marking first would lose the reply for good on such a crash.
        await bus.Publish(closed, c => c.MessageId = MessageIdOf(closed.SenderMessageId), cancellationToken).ConfigureAwait(false);
        var audit = InboundAudit.Entry(time, "system", "inbound.reply", row.Id,
            new { ticketNumber = ticket.TicketNumber, instanceId = finished.InstanceId, satisfaction = closed.Satisfaction });
        return await store.ClaimReplyAsync(row.Id, time.GetUtcNow(), audit, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// The HTTP twin of <see cref="HotlineTicketClosed"/> for a city system off the bus: the closing of the sender's
    /// ticket once it was sent, else null (not closed yet, or not this sender's ticket).
    /// </summary>
    public async Task<HotlineTicketClosed?> ClosingAsync(string sender, string ticketNumber, CancellationToken cancellationToken)
    {
        if (await store.FindTicketAsync(sender, ticketNumber, cancellationToken).ConfigureAwait(false) is not { RepliedAt: not null, InstanceId: { } instanceId } row
            || TicketOf(row) is not { } ticket
            || await cases.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false) is not { } instance)
        {
            return null;
        }
        return Closing(ticket, instance.Variables, instance.Status.ToString(), Text(instance.Variables, OutboxResultVariable), instance.UpdatedAt);
    }

    private const string OutboxResultVariable = Workflow.Engine.Messaging.OutboxPlanner.ResultVariable;

    private static HotlineTicketReceived? TicketOf(InboundMessageRecord row) => JsonSerializer.Deserialize<HotlineTicketReceived>(row.Body, InboundReader.Json);

    private static HotlineTicketClosed Closing(HotlineTicketReceived ticket, IReadOnlyDictionary<string, JsonNode?>? variables, string subStatus,
        string? result, DateTimeOffset closedAt) =>
        new(SenderSystem, $"hotline-ticket-closed:{ticket.TicketNumber}", ticket.TicketNumber,
            Text(variables, "ticketOutcome") ?? DefaultOutcome(subStatus, result), Text(variables, "ticketHandledBy") ?? "民政部门",
            Text(variables, "satisfaction") is { } s && Satisfactions.Contains(s) ? s : "未回访", closedAt);

    private static string DefaultOutcome(string subStatus, string? result) => subStatus switch
    {
        nameof(Workflow.Engine.Runtime.Events.WorkflowSubStatus.Cancelled) => "案件已撤销",
        nameof(Workflow.Engine.Runtime.Events.WorkflowSubStatus.Faulted) => "案件办理异常终止，请人工跟进",
        _ => result is { } r ? $"案件已办结（{r}）" : "案件已办结",
    };

    /// <summary>A variable's text, trimmed; blank counts as none, so the default reply is sent instead.</summary>
    private static string? Text(IReadOnlyDictionary<string, JsonNode?>? variables, string name) =>
        CaseValues.Text(variables, name) is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static Guid MessageIdOf(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));
}
