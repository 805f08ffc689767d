using System.Text.Json.Nodes;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Runtime.Events;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Tests.Ui;

/// <summary>Where a case came from, as the case and task pages show it: the 12345 ticket, its reply once closed, the alert.</summary>
public sealed class CaseOriginTests
{
    private static readonly JsonObject Ticket = new()
    {
        ["divisionCode"] = "500113102001",
        ["ticketNumber"] = "GD20260302-0001",
        ["cityCentre"] = "重庆市12345热线",
        ["ticketSummary"] = "邻居反映一名9岁儿童独自在家数周",
        ["ticketReceivedAt"] = "2026-03-02T01:00:00.0000000+00:00",
    };

    [Fact]
    public void Of_AnOpenTicketCase_ShowsTheTicketInBeijingTimeAndNoReply()
    {
        var origin = CaseOrigin.Of(Case(WorkflowSubStatus.Suspended, Ticket, new() { ["satisfaction"] = "满意" }))!;

        Assert.Equal("12345 工单", origin.Title);
        Assert.Contains(("12345 工单号", "GD20260302-0001"), origin.Facts);
        Assert.Contains(("来源", "重庆市12345热线"), origin.Facts);
        Assert.Contains(("工单摘要", "邻居反映一名9岁儿童独自在家数周"), origin.Facts);
        Assert.Contains(("接收时间", "2026-03-02 09:00"), origin.Facts);
        Assert.Empty(origin.Reply);
    }

    [Fact]
    public void Of_AClosedTicketCase_ShowsTheReplySentBack()
    {
        var origin = CaseOrigin.Of(Case(WorkflowSubStatus.Finished, Ticket, new() { ["ticketOutcome"] = "已处置", ["satisfaction"] = "基本满意" }))!;

        Assert.Equal([("办理结果（回复 12345）", "已处置"), ("满意度回访", "基本满意")], origin.Reply);
    }

    [Fact]
    public void Of_AnAlertCase_ShowsItsIndicators_AndACaseFromTheWindowHasNoSource()
    {
        var alert = new JsonObject { ["alertIndicators"] = new JsonArray("唯一赡养人死亡", "医保自付费用高"), ["alertPlatform"] = "低收入人口动态监测" };

        var origin = CaseOrigin.Of(Case(WorkflowSubStatus.Suspended, alert, []))!;

        Assert.Equal("动态监测预警", origin.Title);
        Assert.Contains(("预警指标", "唯一赡养人死亡、医保自付费用高"), origin.Facts);
        Assert.Null(CaseOrigin.Of(Case(WorkflowSubStatus.Suspended, new JsonObject { ["divisionCode"] = "500113102001" }, [])));
    }

    private static InstanceView Case(WorkflowSubStatus status, JsonObject input, Dictionary<string, JsonNode?> variables) =>
        new("cp-1", "child-protection", 1, status, status.ToString(), 1, "500113102001", "小明", (JsonObject)input.DeepClone(), variables, [], [],
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);
}
