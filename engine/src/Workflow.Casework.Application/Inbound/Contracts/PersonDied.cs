using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// A death reported by 公安 or 卫健 (<paramref name="Source"/>): the person's benefits stop and a 惠民殡葬 case opens for
/// the family. Queue <c>wf.inbound.person-died</c>, HTTP twin <c>POST /api/inbound/person-died</c>.
/// </summary>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record PersonDied(string SenderSystem, string SenderMessageId, string IdNumber, DateOnly DiedOn, string Source)
{
    public const string WireName = "Workflow.Casework.Inbound:PersonDied";
}
