using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Casework;

/// <summary>
/// The engine's <see cref="IRoutingTable"/> over validated <see cref="ServiceRoutingRule"/>s. For a case division the
/// rule of the nearest enclosing jurisdiction wins: a rule at 500113000000 covers all of 巴南区's townships unless one
/// of them has its own. Enclosure is by the code digits the jurisdiction's level owns, so it works without the tree
/// (a 区 directly under 重庆市 and a 县 under 达州市 alike).
/// </summary>
public sealed partial class RoutingRuleSet : IRoutingTable
{
    private readonly Dictionary<string, List<(string Prefix, ServiceRoutingRule Rule)>> _byItem = new(StringComparer.Ordinal);

    /// <summary>
    /// Throws <see cref="ArgumentException"/> listing every problem; use <see cref="Validate"/> and
    /// <see cref="ValidateInbound"/> to check first. <paramref name="inbound"/> are the routes of messages from other systems.
    /// </summary>
    public RoutingRuleSet(IEnumerable<ServiceRoutingRule> rules, ServiceCatalogue? catalogue = null, IEnumerable<InboundRoute>? inbound = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        Rules = [.. rules];
        Inbound = [.. inbound ?? []];
        var errors = Validate(Rules, catalogue).Concat(ValidateInbound(Inbound)).ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException("Expected valid routing rules, but: " + string.Join("; ", errors.Select(e => $"{e.Field}: {e.Message}")), nameof(rules));
        }
        foreach (var rule in Rules)
        {
            if (!_byItem.TryGetValue(rule.ServiceItem, out var list))
            {
                _byItem[rule.ServiceItem] = list = [];
            }
            list.Add((JurisdictionPrefix(rule.JurisdictionCode), rule));
        }
        foreach (var list in _byItem.Values)
        {
            list.Sort((a, b) => b.Prefix.Length.CompareTo(a.Prefix.Length));
        }
        IndexInbound();
    }

    public static RoutingRuleSet Empty { get; } = new([]);

    public IReadOnlyList<ServiceRoutingRule> Rules { get; }

    /// <summary>The rule of the nearest jurisdiction enclosing <paramref name="divisionCode"/>, or null.</summary>
    public ServiceRoutingRule? FindRule(string serviceItem, string? divisionCode)
    {
        if (!DivisionCode.IsValid(divisionCode) || !_byItem.TryGetValue(serviceItem, out var list))
        {
            return null;
        }
        return list.FirstOrDefault(r => divisionCode!.StartsWith(r.Prefix, StringComparison.Ordinal)).Rule;
    }

    /// <inheritdoc />
    public RoutingRule? Find(string serviceItem, string? divisionCode) => FindRule(serviceItem, divisionCode)?.ToEngineRule();

    /// <summary>The digits a jurisdiction owns; all zeros is the nationwide default and owns none.</summary>
    private static string JurisdictionPrefix(string code) => DivisionCode.Parse(code).Prefix;
}
