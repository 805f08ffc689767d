using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// The answer to a 12345 work order, sent back to the city centre once its case finished (published to the exchange of
/// this type, once per ticket). <paramref name="Satisfaction"/> is 满意, 基本满意 or 不满意 (the satisfaction call), or
/// 未回访 when the case recorded none. <paramref name="SenderMessageId"/> is <c>hotline-ticket-closed:{ticketNumber}</c>.
/// </summary>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record HotlineTicketClosed(string SenderSystem, string SenderMessageId, string TicketNumber, string Outcome, string HandledBy, string Satisfaction,
    DateTimeOffset ClosedAt)
{
    public const string WireName = "Workflow.Casework.Inbound:HotlineTicketClosed";
}
