using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Ports;

namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// A routing table as configuration: rules per service item and jurisdiction, found at the case's division or its
/// nearest ancestor, as the real table does. It records every lookup so a test can see what the engine asked.
/// </summary>
internal sealed class RoutingTableStub : IRoutingTable
{
    private static readonly string[] NearestFirst = ["village", "township", "district", "city", "province"];

    private readonly Dictionary<(string Item, string Division), RoutingRule> _rules = [];

    public List<(string ServiceItem, string? DivisionCode)> Lookups { get; } = [];

    public RoutingTableStub With(string serviceItem, string jurisdiction, RoutingRule rule)
    {
        _rules[(serviceItem, jurisdiction)] = rule;
        return this;
    }

    public RoutingRule? Find(string serviceItem, string? divisionCode)
    {
        Lookups.Add((serviceItem, divisionCode));
        foreach (var level in NearestFirst)
        {
            if (AdministrativeLevels.DivisionAt(divisionCode, level) is { } office && _rules.TryGetValue((serviceItem, office), out var rule))
            {
                return rule;
            }
        }
        return null;
    }
}
