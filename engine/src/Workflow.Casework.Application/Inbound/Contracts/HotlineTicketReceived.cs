using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A 12345 work order dispatched by the city centre to the district's 民政 (scenario 5). Queue <c>wf.inbound.hotline-ticket</c>,
/// HTTP twin <c>POST /api/inbound/hotline-tickets</c>; idempotent by (<paramref name="SenderSystem"/>, <paramref name="SenderMessageId"/>).
/// </summary>
/// <param name="Child">The reported person, a child: where they live decides the route.</param>
/// <param name="Deadline">The centre's deadline for the answer, if it set one.</param>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record HotlineTicketReceived(string SenderSystem, string SenderMessageId, string TicketNumber, string CityCentre, string Summary, ReportedChild Child,
    string? ReporterContact, string Category, DateTimeOffset ReceivedAt, DateTimeOffset? Deadline)
{
    public const string WireName = "Workflow.Casework.Inbound:HotlineTicketReceived";
}
