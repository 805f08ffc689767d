using System.Text.Json.Nodes;
using Workflow.Engine.Activities;
using Workflow.Web.Api;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

/// <summary>Issue 11's inputs as the designer reads them: the time-limit unit and the follow-up visits.</summary>
public sealed partial class DesignerApiTests
{
    [Fact]
    public async Task Activities_ApprovalTask_OffersTheTimeLimitUnitInChinese_WorkingDaysByDefault()
    {
        var catalog = await (await _client.GetAsAsync(DesignerApi.ActivitiesPath)).ReadJsonAsync();

        var task = catalog["types"]!.AsArray().Single(t => (string?)t!["type"] == ActivityTypes.ApprovalTask)!;
        var unit = Field(task, "timeLimitUnit");
        Assert.Equal(("Choice", "时限单位", "timeLimitUnit", "workingDays"),
            ((string?)unit["editor"], (string?)unit["label"], (string?)unit["input"], (string?)unit["default"]));
        Assert.Equal([("workingDays", "工作日"), ("calendarDays", "自然日"), ("hours", "小时")],
            unit["choices"]!.AsArray().Select(c => ((string)c!["value"]!, (string)c["label"]!)));
        Assert.Equal("办理时限", (string?)Field(task, "timeLimit")["label"]);
    }

    [Fact]
    public async Task Activities_FollowUpVisits_AreOfferedWithChineseFieldsAndOneDonePort()
    {
        var catalog = await (await _client.GetAsAsync(DesignerApi.ActivitiesPath)).ReadJsonAsync();

        var visits = catalog["types"]!.AsArray().Single(t => (string?)t!["type"] == ActivityTypes.FollowUpVisits)!;
        Assert.Equal(("定期随访", "approval"), ((string?)visits["label"], (string?)visits["group"]));
        Assert.Equal(["Done"], visits["ports"]!["ports"]!.AsArray().Select(p => (string)p!));
        Assert.Equal(["title", "post", "level", "everyDays", "times", "timeLimit", "timeLimitUnit"],
            visits["fields"]!.AsArray().Select(f => (string)f!["name"]!));
        Assert.Equal("随访间隔（自然日）", (string?)Field(visits, "everyDays")["label"]);
        Assert.Equal("随访次数", (string?)Field(visits, "times")["label"]);
        Assert.Equal("已随访", (string?)catalog["portLabels"]!["visited"]);
    }

    private static JsonNode Field(JsonNode type, string name) => type["fields"]!.AsArray().Single(f => (string?)f!["name"] == name)!;
}
