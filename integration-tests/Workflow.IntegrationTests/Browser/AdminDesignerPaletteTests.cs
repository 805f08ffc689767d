using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The designer builds what it knows of activity types from the engine's table (issue 13): every palette entry adds a
/// node with the settings a new node has always had, its panel shows the type's fields, and its ports follow edits.
/// Its own host (class fixture), so the draft it saves is nobody else's.
/// </summary>
public sealed class AdminDesignerPaletteTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Definition = "charity-referral";

    [Fact]
    public void Palette_AddsEveryTypeWithItsDefaults_PanelAndPortsFollowTheTable()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open($"/admin/definitions/{Definition}/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        Add("Gov.ApprovalTask");
        Assert.Equal("新审批环节", Field("title").GetAttribute("value"));
        Assert.Equal("民政办", Field("post").GetAttribute("value"));
        Assert.Equal("township", Field("level").GetAttribute("value"));
        Assert.Equal("乡镇（街道）", Field("level").FindElement(By.CssSelector("option:checked")).Text);
        Assert.Equal("5", Field("timeLimit").GetAttribute("value"));
        Assert.Equal("approve,reject", Field("outcomes").GetAttribute("value"));
        Assert.Equal(["不同意"], browser.Driver.FindElements(By.CssSelector("#field-commentRequiredFor input:checked")).Select(b => b.FindElement(By.XPath("..")).Text.Trim()));
        Assert.Equal(["同意", "不同意"], browser.Driver.FindElements(By.CssSelector("select[data-decision=approvalTask1] option")).Select(o => o.Text));
        Assert.Equal(2, OutPorts("approvalTask1"));

        Field("outcomes").Clear();
        Field("outcomes").SendKeys("approve,reject,return" + Keys.Tab);
        browser.Until(_ => OutPorts("approvalTask1") == 3, "the task to draw a third port");
        var port = browser.Driver.FindElement(By.CssSelector("g[data-activity=approvalTask1] .port.out[data-port=return]"));
        var target = browser.Driver.FindElement(By.CssSelector("g[data-activity=endRejected] rect"));
        new Actions(browser.Driver).ClickAndHold(port).MoveToElement(target).Release().Perform();
        browser.Element(By.CssSelector("path.edge[data-from='approvalTask1:return'][data-to=endRejected]"), "the new connection");

        Add("Gov.ApprovalChain");
        Assert.Equal("乡镇审核", Field("levels-0-title").GetAttribute("value"));
        Add("Gov.Referral");
        Assert.Equal("district", Field("departmentLevel").GetAttribute("value"));
        Add("Gov.PublicNotice");
        Assert.Equal("7", Field("days").GetAttribute("value"));
        Add("Elsa.FlowDecision");
        Assert.Equal("return true;", Field("condition").GetAttribute("value"));
        Add("Elsa.FlowFork");
        Assert.Equal(2, OutPorts("flowFork1"));
        Add("Elsa.FlowJoin");
        Assert.Equal("WaitAll", Field("mode").GetAttribute("value"));
        Add("Elsa.Delay");
        Assert.Equal("1.00:00:00", Field("timeSpan").GetAttribute("value"));
        Add("Elsa.End");
        Assert.Equal(0, OutPorts("end1"));
        browser.Screenshot("44-designer-palette");

        browser.Driver.FindElement(By.Id("designer-save")).Click();
        browser.Until(d => d.FindElement(By.Id("designer-message")).Text.Contains("草稿已保存", StringComparison.Ordinal), "the draft to be saved");
        browser.AssertNoConsoleErrors();
        browser.Open($"/admin/definitions/{Definition}/designer");
        var saved = JsonNode.Parse(browser.Element(By.Id("designer"), "the designer").GetAttribute("data-document")!)!["root"]!["activities"]!.AsArray();

        Assert.Equal("""{"post":"民政办","level":"township"}""", Value(saved, "approvalTask1", "candidate"));
        Assert.Equal("""["approve","reject","return"]""", Value(saved, "approvalTask1", "outcomes"));
        Assert.Equal("""[{"level":"township","post":"民政办","title":"乡镇审核","timeLimit":5}]""", Value(saved, "approvalChain1", "levels"));
        Assert.Equal("""{"code":"district-education","name":"区教育局","level":"district"}""", Value(saved, "referral1", "department"));
        Assert.Equal("10", Value(saved, "referral1", "timeLimit"));
        Assert.Equal("JavaScript", (string?)Activity(saved, "flowDecision1")["condition"]!["expression"]!["type"]);
        Assert.Equal("""["分支1","分支2"]""", Value(saved, "flowFork1", "branches"));
        Assert.Equal("审批任务", (string?)Activity(saved, "approvalTask1")["name"]);
    }

    private void Add(string type)
    {
        browser.Driver.FindElement(By.CssSelector($"[data-add='{type}']")).Click();
        browser.Element(By.Id("field-name"), $"the panel of the new {type}");
    }

    private IWebElement Field(string name) => browser.Driver.FindElement(By.Id("field-" + name));

    private int OutPorts(string activity) =>
        browser.Driver.FindElements(By.CssSelector($"g[data-activity={activity}] .port.out")).Count;

    private static JsonNode Activity(JsonArray activities, string id) => activities.Single(a => (string?)a!["id"] == id)!;

    private static string? Value(JsonArray activities, string id, string input) => (string?)Activity(activities, id)[input]!["expression"]!["value"];
}
