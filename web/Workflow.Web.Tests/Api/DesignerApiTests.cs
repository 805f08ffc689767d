using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Engine.Activities;
using Workflow.Web.Api;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

/// <summary><c>GET /api/designer/activities</c>: the engine's activity table as the designer reads it (issue 13).</summary>
public sealed partial class DesignerApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Activities_ListEveryTypeOfTheEnginesTable_WithAChineseLabelAndItsPorts()
    {
        var response = await _client.GetAsAsync(DesignerApi.ActivitiesPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var types = (await response.ReadJsonAsync())["types"]!.AsArray();
        Assert.Equal(ActivityTypes.All.Select(d => d.TypeName), types.Select(t => (string)t!["type"]!));
        Assert.All(types, t => Assert.Matches(Chinese(), (string)t!["label"]!));
        foreach (var type in types)
        {
            var descriptor = ActivityTypes.Find((string)type!["type"]!)!;
            Assert.Equal(descriptor.Label, (string?)type["label"]);
            Assert.Equal(descriptor.DesignerPorts.Source.ToString(), (string?)type["ports"]!["source"]);
            Assert.Equal(descriptor.DesignerPorts.Ports, type["ports"]!["ports"]!.AsArray().Select(p => (string)p!));
        }
    }

    [Fact]
    public async Task Activities_ApprovalTask_CarriesItsPortRuleDefaultsAndLevelChoices()
    {
        var catalog = await (await _client.GetAsAsync(DesignerApi.ActivitiesPath)).ReadJsonAsync();

        var task = catalog["types"]!.AsArray().Single(t => (string?)t!["type"] == ActivityTypes.ApprovalTask)!;
        Assert.Equal("审批任务", (string?)task["label"]);
        Assert.Equal("approval", (string?)task["group"]);
        Assert.True((bool)task["awaitsDecision"]!);
        Assert.Equal("InputList", (string?)task["ports"]!["source"]);
        Assert.Equal("outcomes", (string?)task["ports"]!["input"]);
        Assert.Equal(["approve", "reject", "return"], task["ports"]!["ports"]!.AsArray().Select(p => (string)p!));
        var candidate = task["defaults"]!.AsArray().Single(d => (string?)d!["input"] == "candidate")!;
        Assert.Equal("Object", (string?)candidate["expressionType"]);
        Assert.Equal("township", (string?)candidate["value"]!["level"]);
        var level = task["fields"]!.AsArray().Single(f => (string?)f!["name"] == "level")!;
        Assert.Equal("Choice", (string?)level["editor"]);
        Assert.Contains(level["choices"]!.AsArray(), c => (string?)c!["value"] == "township" && (string?)c["label"] == "乡镇（街道）");
        Assert.Equal("同意", (string?)catalog["portLabels"]!["approve"]);
        Assert.Equal("退回的环节", (string?)catalog["variableLabels"]!["returnTo"]);
        var rule = task["fields"]!.AsArray().Single(f => (string?)f!["name"] == "commentRequiredFor")!;
        Assert.Equal("OutcomeSet", (string?)rule["editor"]);
        Assert.Equal(["approval", "flow", "waiting", "ending"], catalog["groups"]!.AsArray().Select(g => (string)g!["code"]!));
    }

    [Fact]
    public async Task Activities_ForAnOfficerOrNobody_AreRefused()
    {
        var officer = await _client.GetAsAsync(DesignerApi.ActivitiesPath, TestActor.TownshipReviewer);
        var anonymous = await _client.GetAsync(DesignerApi.ActivitiesPath);

        Assert.Equal(HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task Activities_AreDescribedInTheOpenApiDocument()
    {
        var document = JsonNode.Parse(await _client.GetStringAsync("/openapi/v1.json"))!;

        Assert.NotNull(document["paths"]![DesignerApi.ActivitiesPath]!["get"]);
    }

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}")]
    private static partial Regex Chinese();
}
