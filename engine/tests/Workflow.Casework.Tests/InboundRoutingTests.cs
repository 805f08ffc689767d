namespace Workflow.Casework.Tests;

public sealed class InboundRoutingTests
{
    private static RoutingRuleSet Routes(params InboundRoute[] inbound) => new([], null, inbound);

    [Fact]
    public void FindInbound_RuleAtAnAncestor_IsFoundAndTheNearestWins()
    {
        var routes = Routes(
            new(InboundKinds.HotlineTicket, TestOrganisation.Chongqing, "child-protection-city"),
            new(InboundKinds.HotlineTicket, TestOrganisation.District, "child-protection"),
            new(InboundKinds.PersonMoved, TestOrganisation.District, null));

        var nearest = routes.FindInbound(InboundKinds.HotlineTicket, TestOrganisation.Village);
        var further = routes.FindInbound(InboundKinds.HotlineTicket, "500114001001");
        var effectOnly = routes.FindInbound(InboundKinds.PersonMoved, TestOrganisation.Township);

        Assert.Equal("child-protection", nearest!.DefinitionId);
        Assert.Equal("inbound:hotline-ticket@500113000000", nearest.Source);
        Assert.Equal("child-protection-city", further!.DefinitionId);
        Assert.NotNull(effectOnly);
        Assert.Null(effectOnly.DefinitionId);
    }

    [Fact]
    public void FindInbound_NoRuleForTheKindOrDivision_IsNull()
    {
        var routes = Routes(new InboundRoute(InboundKinds.HotlineTicket, TestOrganisation.District, "child-protection"));

        Assert.Null(routes.FindInbound(InboundKinds.MonitoringAlert, TestOrganisation.Village));
        Assert.Null(routes.FindInbound(InboundKinds.HotlineTicket, TestOrganisation.Dazhou));
        Assert.Null(routes.FindInbound(InboundKinds.HotlineTicket, "5001"));
    }

    [Fact]
    public void ValidateInbound_BadKindDivisionOrDuplicate_NamesTheField()
    {
        InboundRoute[] routes =
        [
            new("fax", TestOrganisation.District, "x"),
            new(InboundKinds.PersonDied, "123", "funeral-relief"),
            new(InboundKinds.PersonDied, TestOrganisation.District, ""),
            new(InboundKinds.PersonDied, TestOrganisation.District, "funeral-relief"),
        ];

        var fields = RoutingRuleSet.ValidateInbound(routes).Select(e => e.Field).ToList();

        Assert.Contains("inbound[0].kind", fields);
        Assert.Contains("inbound[1].jurisdictionCode", fields);
        Assert.Contains("inbound[2].definitionId", fields);
        Assert.Contains("inbound[3].jurisdictionCode", fields);
        Assert.Throws<ArgumentException>(() => Routes(routes));
    }

    [Fact]
    public void Json_InboundRoutes_RoundTripAndMayBeAbsent()
    {
        var routing = new RoutingRuleSet([StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: false)], ServiceCatalogue.Builtin,
            [new(InboundKinds.PersonDied, TestOrganisation.District, "funeral-relief"), new(InboundKinds.PopulationRecord, TestOrganisation.District, null)]);

        var back = RoutingRulesJson.Read(RoutingRulesJson.Write(routing), ServiceCatalogue.Builtin);
        var old = RoutingRulesJson.Read(RoutingRulesJson.Write(routing.Rules), ServiceCatalogue.Builtin);
        var bad = RoutingRulesJson.Read("""{ "rules": [], "inbound": [ { "kind": "fax", "jurisdictionCode": "500113000000" } ] }""");

        Assert.Equal(routing.Inbound, back.Value!.Inbound);
        Assert.Empty(old.Value!.Inbound);
        Assert.Contains(bad.Errors, e => e.Field == "inbound[0].kind");
    }
}
