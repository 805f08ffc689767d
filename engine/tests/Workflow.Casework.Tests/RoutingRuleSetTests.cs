namespace Workflow.Casework.Tests;

public sealed class RoutingRuleSetTests
{
    private static ServiceRoutingRule Education(string jurisdiction, int days) => new(
        "education-assistance", jurisdiction,
        [new("district", "部门经办", "教育救助")], "district",
        new Dictionary<string, int> { ["district"] = days },
        [new("district-education", "区教育局", "district", days)]);

    [Fact]
    public void DibaoConfigurations_Both_AreExpressible()
    {
        var district = new RoutingRuleSet([StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: false)], ServiceCatalogue.Builtin);
        var township = new RoutingRuleSet([StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: true)], ServiceCatalogue.Builtin);

        var a = district.Find("dibao", TestOrganisation.Village)!;
        Assert.Equal(["village", "township", "district"], a.Levels);
        Assert.Equal("district", a.DecidingLevel);
        Assert.Equal("routing:dibao@500113000000", a.Source);
        Assert.Equal(7, a.TimeLimits!["village"]);

        Assert.Equal("township", township.Find("dibao", TestOrganisation.Village)!.DecidingLevel);
    }

    [Fact]
    public void Resolve_NearestEnclosingJurisdiction_Wins()
    {
        var rules = new RoutingRuleSet(
        [
            StandardRoutingRules.Dibao("000000000000", townshipDecides: false),
            StandardRoutingRules.Dibao(TestOrganisation.Chongqing, townshipDecides: false),
            StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: false),
            StandardRoutingRules.Dibao(TestOrganisation.Township, townshipDecides: true),
            StandardRoutingRules.Dibao(TestOrganisation.Dazhou, townshipDecides: true),
        ]);
        Assert.Equal(TestOrganisation.Township, rules.FindRule("dibao", TestOrganisation.Village)!.JurisdictionCode);
        Assert.Equal("township", rules.Find("dibao", TestOrganisation.Village2)!.DecidingLevel);
        Assert.Equal(TestOrganisation.District, rules.FindRule("dibao", TestOrganisation.VacantVillage)!.JurisdictionCode);
        Assert.Equal(TestOrganisation.Chongqing, rules.FindRule("dibao", "500114001001")!.JurisdictionCode);
        Assert.Equal(TestOrganisation.Dazhou, rules.FindRule("dibao", TestOrganisation.XuanhanVillage)!.JurisdictionCode);
        Assert.Equal("000000000000", rules.FindRule("dibao", "440103001001")!.JurisdictionCode);
        Assert.Null(rules.FindRule("tekun", TestOrganisation.Village));
        Assert.Null(rules.FindRule("dibao", null));
        Assert.Null(rules.Find("dibao", "bad"));
        Assert.Null(RoutingRuleSet.Empty.Find("dibao", TestOrganisation.Village));
    }

    [Fact]
    public void Validation_NamesEveryProblem()
    {
        var bad = new ServiceRoutingRule(
            "nope", "5001",
            [new("township", "民政办", "x"), new("village", "", "y"), new("county", "p", "z")],
            "district",
            new Dictionary<string, int> { ["township"] = 0, ["city"] = 10 },
            [new("", "", "nowhere", 400)]);
        var errors = RoutingRuleSet.Validate([bad, Education(TestOrganisation.District, 10), Education(TestOrganisation.District, 5)], ServiceCatalogue.Builtin);
        var fields = errors.Select(e => e.Field).ToList();
        Assert.Contains(errors, e => e.Field == "rules[0].serviceItem" && e.Message == "事项 nope 不在事项目录中");
        Assert.Contains("rules[0].jurisdictionCode", fields);
        Assert.Contains(errors, e => e.Field == "rules[0].levels[1].level" && e.Message.Contains("自下而上", StringComparison.Ordinal));
        Assert.Contains("rules[0].levels[1].post", fields);
        Assert.Contains("rules[0].levels[2].level", fields);
        Assert.Contains(errors, e => e.Field == "rules[0].decidingLevel" && e.Message == "决定层级 district 应为办理层级之一");
        Assert.Contains(errors, e => e.Field == "rules[0].timeLimits.township" && e.Message.Contains("1至365", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Field == "rules[0].timeLimits.city" && e.Message.Contains("不是办理层级", StringComparison.Ordinal));
        Assert.Contains("rules[0].referrals[0].departmentCode", fields);
        Assert.Contains("rules[0].referrals[0].departmentName", fields);
        Assert.Contains("rules[0].referrals[0].level", fields);
        Assert.Contains("rules[0].referrals[0].timeLimitDays", fields);
        Assert.Contains(errors, e => e.Field == "rules[2].jurisdictionCode" && e.Message.Contains("重复", StringComparison.Ordinal));
        Assert.DoesNotContain(fields, f => f.StartsWith("rules[1]", StringComparison.Ordinal));
        Assert.Throws<ArgumentException>(() => new RoutingRuleSet([bad]));
    }

    [Fact]
    public void Json_WriteThenRead_RoundTrips()
    {
        ServiceRoutingRule[] rules = [StandardRoutingRules.Dibao(TestOrganisation.District, townshipDecides: true), Education(TestOrganisation.District, 10)];
        var json = RoutingRulesJson.Write(rules);
        Assert.Contains("\"decidingLevel\": \"township\"", json, StringComparison.Ordinal);
        var read = RoutingRulesJson.Read(json, ServiceCatalogue.Builtin);
        Assert.True(read.Succeeded, string.Join("\n", read.Errors));
        var back = read.Value!.Rules;
        Assert.Equal(2, back.Count);
        Assert.Equal(rules[0].Levels, back[0].Levels);
        Assert.Equal(rules[0].TimeLimits.OrderBy(p => p.Key), back[0].TimeLimits.OrderBy(p => p.Key));
        Assert.Equal(rules[1].Referrals, back[1].Referrals);
        Assert.Equal("township", read.Value.Find("dibao", TestOrganisation.Village)!.DecidingLevel);
    }

    [Fact]
    public void Json_Errors_AreValues()
    {
        var syntax = RoutingRulesJson.Read("{ \"rules\": [ { \"serviceItem\": } ] }");
        Assert.False(syntax.Succeeded);
        Assert.Equal(1, Assert.Single(syntax.Errors).Line);

        var invalid = RoutingRulesJson.Read("""{ "rules": [ { "serviceItem": "dibao", "jurisdictionCode": "500113000000", "decidingLevel": "district" } ] }""");
        Assert.False(invalid.Succeeded);
        Assert.Contains(invalid.Errors, e => e.Field == "rules[0].levels" && e.File == "routing-rules.json");
        Assert.False(RoutingRulesJson.Read("").Succeeded);
        Assert.False(RoutingRulesJson.Read("null").Succeeded);
    }
}
