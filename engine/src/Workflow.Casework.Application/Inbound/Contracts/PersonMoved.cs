using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A move of household registration to <paramref name="ToDivisionCode"/> on <paramref name="MovedOn"/>. Queue
/// <c>wf.inbound.person-moved</c>, HTTP twin <c>POST /api/inbound/person-moved</c>.
/// </summary>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record PersonMoved(string SenderSystem, string SenderMessageId, string IdNumber, DateOnly MovedOn, string ToDivisionCode)
{
    public const string WireName = "Workflow.Casework.Inbound:PersonMoved";
}
