using MassTransit;

namespace Workflow.Casework.Application.Inbound;

/// <summary>
/// An alert of 低收入人口动态监测 about a person (scenario 7): <paramref name="Indicators"/> such as 医保自付费用高 or
/// 唯一赡养人死亡. Queue <c>wf.inbound.monitoring-alert</c>, HTTP twin <c>POST /api/inbound/monitoring-alerts</c>.
/// </summary>
[MessageUrn(WireName)]
[EntityName(WireName)]
public sealed record MonitoringAlertRaised(string SenderSystem, string SenderMessageId, string IdNumber, string Name, string HouseholdDivisionCode,
    IReadOnlyList<string> Indicators, string SourcePlatform, DateTimeOffset RaisedAt)
{
    public const string WireName = "Workflow.Casework.Inbound:MonitoringAlertRaised";
}
