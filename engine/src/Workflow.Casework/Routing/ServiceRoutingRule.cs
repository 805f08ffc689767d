using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// Routing as data for one service item in one jurisdiction (and, unless a nearer rule exists, everything under it;
/// <c>000000000000</c> is a nationwide default). <paramref name="Levels"/> are ordered from the lowest (village) up;
/// levels above <paramref name="DecidingLevel"/> never act, which is how 审核确认权限下放到乡镇 is configured.
/// <paramref name="TimeLimits"/> are working days per level and override the definition's.
/// <paramref name="Referrals"/> are the departments that receive referrals for this item.
/// </summary>
public sealed record ServiceRoutingRule(
    string ServiceItem,
    string JurisdictionCode,
    IReadOnlyList<RoutingLevel> Levels,
    string DecidingLevel,
    IReadOnlyDictionary<string, int> TimeLimits,
    IReadOnlyList<ReferralTarget> Referrals)
{
    /// <summary>The audit source recorded by the engine when this rule shapes a chain.</summary>
    public string Source => $"routing:{ServiceItem}@{JurisdictionCode}";

    /// <summary>The engine's view of the rule.</summary>
    public RoutingRule ToEngineRule() => new(Source, [.. Levels.Select(l => l.Level)], DecidingLevel, TimeLimits);
}
