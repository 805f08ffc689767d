using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Engine.Activities;
using Workflow.Engine.Activities.Design;
using Workflow.Engine.Serialization;
using D = Workflow.Testing.TestDefinitions;

namespace Workflow.Engine.Tests.Activities;

/// <summary>
/// The designer's metadata on the type table (issue 13) agrees with the engine: the ports the designer works out from
/// a node's JSON are the ports the engine compiles, and a node added from the palette compiles without errors.
/// </summary>
public sealed partial class ActivityDesignTests
{
    public static TheoryData<string> DrawnTypes() =>
        [.. ActivityTypes.All.Where(d => !d.IsContainer).Select(d => d.TypeName)];

    public static TheoryData<string> PaletteTypes() =>
        [.. PaletteGroup.All.SelectMany(ActivityTypes.Offered).Select(d => d.TypeName)];

    [Fact]
    public void EveryType_HasADistinctChineseLabel()
    {
        var labels = ActivityTypes.All.Select(d => d.Label).ToList();

        Assert.All(labels, l => Assert.Matches(Chinese(), l));
        Assert.Equal(labels.Count, labels.Distinct().Count());
    }

    [Fact]
    public void Palette_OffersTheDesignersTypes_InGroupThenTableOrder()
    {
        var offered = PaletteGroup.All.SelectMany(ActivityTypes.Offered).Select(d => d.TypeName);

        Assert.Equal(
            ["Gov.ApprovalTask", "Gov.ApprovalChain", "Gov.Referral", "Gov.PublicNotice", "Gov.FollowUpVisits", "Elsa.Flowchart", "Elsa.FlowDecision", "Elsa.FlowFork", "Elsa.FlowJoin", "Elsa.Delay", "Elsa.End"],
            offered);
    }

    [Theory]
    [MemberData(nameof(DrawnTypes))]
    public void DesignerPorts_OnABareNode_AreTheCompiledPorts(string type) =>
        AssertPortsAgree(type, "");

    [Theory]
    [MemberData(nameof(DrawnTypes))]
    public void DesignerPorts_OnANodeFromThePalette_AreTheCompiledPorts(string type) =>
        AssertPortsAgree(type, Inputs(ActivityTypes.Find(type)!.Design.Defaults));

    [Theory]
    [MemberData(nameof(DrawnTypes))]
    public void DesignerPorts_OnANodeWithItsOwnList_AreTheCompiledPorts(string type)
    {
        var rule = ActivityTypes.Find(type)!.DesignerPorts;
        var extra = rule.Source switch
        {
            PortSource.InputList => D.Object(rule.Input!, """["甲","乙"]"""),
            PortSource.CaseLabels => $$""" "{{rule.Input}}": [ { "label": "甲" }, { "label": "乙" } ] """,
            _ => "",
        };

        AssertPortsAgree(type, extra);
    }

    [Theory]
    [MemberData(nameof(PaletteTypes))]
    public void NodeFromThePalette_Compiles_WithoutErrors(string type)
    {
        var json = D.Flowchart(D.Activity("added", type, Inputs(ActivityTypes.Find(type)!.Design.Defaults)), "");

        var result = DefinitionReader.Read(json);

        Assert.NotNull(result.Definition);
        Assert.DoesNotContain(result.Errors, e => e.Path.StartsWith("$.root.activities[0]", StringComparison.Ordinal));
    }

    [Fact]
    public void LevelChoices_AreTheStoredLevelCodes_WithTheirOneChineseName()
    {
        var field = ActivityTypes.Find(ActivityTypes.ApprovalTask)!.Design.Fields.Single(f => f.Name == "level");

        Assert.Equal(["village", "township", "district", "city", "province"], field.Choices.Select(c => c.Value));
        Assert.Equal("乡镇（街道）", field.Choices.Single(c => c.Value == "township").Label);
    }

    [Fact]
    public void ChainLevelsTable_Columns_AreTheKeysOfALevel()
    {
        var field = ActivityTypes.Find(ActivityTypes.ApprovalChain)!.Design.Fields.Single(f => f.Name == "levels");

        Assert.Equal(FieldEditor.Table, field.Editor);
        Assert.Equal(["level", "post", "title", "timeLimit", "timeLimitUnit"], field.Columns.Select(c => c.Input));
    }

    private static void AssertPortsAgree(string type, string inputs)
    {
        var descriptor = ActivityTypes.Find(type)!;
        var result = DefinitionReader.Read(D.Flowchart(D.Activity("node", type, inputs), ""));
        var node = result.Definition!.NodesById.Values.Single(n => n.Id == "node");

        var drawn = Evaluate(descriptor.DesignerPorts, node.Json);

        Assert.Equal(descriptor.IsTerminal ? [] : descriptor.Ports(node), drawn);
    }

    /// <summary>What designer.js does with a rule (metadata.js); kept here to hold the rule to the engine.</summary>
    private static IReadOnlyList<string> Evaluate(PortRule rule, JsonObject json) => rule.Source switch
    {
        PortSource.InputList => json[rule.Input!]?["expression"]?["value"]?.GetValue<string>() is { } text
            && JsonNode.Parse(text) is JsonArray list ? [.. list.Select(v => v!.ToString())] : rule.Ports,
        PortSource.CaseLabels => [.. (json[rule.Input!] as JsonArray ?? []).Select(c => c!["label"]!.GetValue<string>()), .. rule.Ports],
        _ => rule.Ports,
    };

    /// <summary>The inputs as the designer writes them: an Object value as JSON text, any other as its text.</summary>
    private static string Inputs(IReadOnlyList<InputDefault> defaults) => string.Join(",", defaults.Select(d =>
    {
        var value = d.ExpressionType == "Object" ? d.Value.GetRawText() : d.Value.GetString()!;
        return $$""" "{{d.Input}}": { "typeName": "{{d.TypeName}}", "expression": { "type": "{{d.ExpressionType}}", "value": {{JsonSerializer.Serialize(value)}} } }""";
    }));

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
