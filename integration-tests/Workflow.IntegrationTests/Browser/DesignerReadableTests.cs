using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The designer in Chinese where the product has the words (issue 12): a switch's cases by the steps they lead back to,
/// variables by their Chinese names, the comment rule (意见规则) as the node's outcomes; and the simulation over the
/// whole definition, a nested flowchart's steps listed under their level. Its own host; saves a draft of funeral-relief.
/// </summary>
public sealed class DesignerReadableTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Designer_CasesVariablesAndCommentRule_ShowChineseNamesWithTheCodeOnHover()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open("/admin/definitions/dibao/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        // The variables: the name typed stays the identifier (on hover), its Chinese name beside it.
        var returnTo = browser.Until(d => d.FindElements(By.CssSelector("#field-variables input[id$='-name']"))
            .FirstOrDefault(i => i.GetDomProperty("value") == "returnTo"), "the returnTo variable")!;
        Assert.Equal("标识：returnTo", returnTo.GetAttribute("title"));
        Assert.Equal("退回的环节", browser.Driver.FindElement(By.Id(returnTo.GetAttribute("id") + "-name")).Text);
        var typeId = returnTo.GetAttribute("id")!.Replace("-name", "-typeName", StringComparison.Ordinal);
        Assert.Equal("文本", browser.Driver.FindElement(By.CssSelector($"#{typeId} option:checked")).Text);

        // The switch's cases are named after the steps they lead back to, on the panel and on the canvas's ports.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=backTo] rect")).Click();
        browser.Element(By.Id("field-cases"), "the cases table");
        Assert.Equal(["窗口受理", "入户调查与乡镇审核", "区县审核确认"],
            browser.Driver.FindElements(By.CssSelector("#field-cases .cell-name")).Select(s => s.Text));
        Assert.Equal("标识：intake", browser.Driver.FindElement(By.Id("field-cases-0-label")).GetAttribute("title"));
        var ports = browser.Driver.FindElements(By.CssSelector("g[data-activity=backTo] .port-label")).Select(t => t.Text).ToList();
        Assert.Contains("窗口受理", ports);
        Assert.DoesNotContain("intake", ports);
        browser.Screenshot("96-designer-switch-cases");

        // 意见规则: the step's outcomes as check boxes in Chinese; ticking one writes its code.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=intake] rect")).Click();
        var rule = browser.Element(By.Id("field-commentRequiredFor"), "the comment rule");
        Assert.DoesNotContain("reject", rule.Text, StringComparison.Ordinal);
        Assert.Equal(["不同意", "退回补正"], rule.FindElements(By.CssSelector("input:checked")).Select(b => b.FindElement(By.XPath("..")).Text.Trim()));
        Assert.Contains("即：", browser.Driver.FindElement(By.Id("field-outcomes-names")).Text, StringComparison.Ordinal);
        var approve = browser.Driver.FindElement(By.Id("field-commentRequiredFor-approve"));
        Assert.False(approve.Selected);
        approve.Click();
        browser.Driver.FindElement(By.CssSelector("g[data-activity=intake] rect")).Click();
        Assert.True(browser.Element(By.Id("field-commentRequiredFor-approve"), "the ticked box").Selected);
        browser.Screenshot("97-designer-comment-rule");
        browser.AssertReadable();
        browser.AssertAccessible();
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void Designer_SimulateInsideNestedFlowchart_ListsTheWholePathWithNestedStepsUnderTheirLevel()
    {
        browser.Reset();
        browser.SignIn("admin");
        const string Designer = "/admin/definitions/funeral-relief/designer";
        browser.Open(Designer);
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        // A draft whose main flowchart runs a nested one (材料复核子流程) holding an approval step, saved as the page does.
        var saved = browser.Driver.ExecuteAsyncScript(
            """
            const done = arguments[arguments.length - 1];
            const root = document.getElementById("designer");
            fetch(root.getAttribute("data-save"), {
                method: "POST", credentials: "same-origin",
                headers: { "Content-Type": "application/json",
                    "RequestVerificationToken": document.querySelector("#designer-token input[name=__RequestVerificationToken]").value },
                body: arguments[0]
            }).then((r) => done(r.status));
            """, NestedDocument(browser.Element(By.Id("designer"), "the designer").GetAttribute("data-document")!));
        Assert.Equal(200L, saved);
        browser.Open(Designer);
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start on the draft");

        // Inside the nested flowchart, the decisions still cover the whole definition, the nested step under its level.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=subReview] rect")).Click();
        browser.Element(By.Id("designer-open-subflow"), "the open button").Click();
        browser.Until(_ => browser.Driver.FindElement(By.Id("designer-breadcrumb")).Displayed, "the breadcrumb");
        var decision = browser.Element(By.CssSelector("select[data-decision=innerCheck]"), "the nested step's decision");
        Assert.Contains("主流程 › 材料复核子流程 › 复核材料", decision.FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
        decision.FindElement(By.CssSelector("option[value=reject]")).Click();

        browser.Driver.FindElement(By.Id("designer-simulate")).Click();
        browser.Element(By.CssSelector("#designer[data-simulated=Finished]"), "the simulation to finish");
        var nested = browser.Element(By.CssSelector("#designer-path li[data-activity=innerCheck]"), "the nested step on the path");
        Assert.Equal("1", nested.GetAttribute("data-depth"));
        Assert.Contains("主流程 › 材料复核子流程 ›", nested.Text, StringComparison.Ordinal);
        Assert.Contains("不同意", nested.Text, StringComparison.Ordinal);
        var path = browser.Driver.FindElements(By.CssSelector("#designer-path li[data-activity]")).Select(l => l.GetAttribute("data-activity")).ToList();
        Assert.Equal(["subStart", "subReview", "innerCheck", "subEnd"], path);
        browser.Element(By.CssSelector("g[data-activity=innerCheck].on-path"), "the nested step marked on the canvas");
        browser.Screenshot("98-designer-nested-simulation");
        browser.AssertNoConsoleErrors();
    }

    /// <summary>The definition's own document with a main flowchart of start → 材料复核子流程 → end, the nested one holding one step.</summary>
    private static string NestedDocument(string original)
    {
        var doc = JsonNode.Parse(original)!.AsObject();
        doc["root"] = JsonNode.Parse(
            """
            { "id": "flowchart", "type": "Elsa.Flowchart", "version": 1,
              "activities": [
                { "id": "subStart", "type": "Elsa.Start", "version": 1, "name": "开始" },
                { "id": "subReview", "type": "Elsa.Flowchart", "version": 1, "name": "材料复核子流程",
                  "activities": [
                    { "id": "innerCheck", "type": "Gov.ApprovalTask", "version": 1, "name": "复核材料",
                      "title": { "typeName": "String", "expression": { "type": "Literal", "value": "复核材料" } },
                      "candidate": { "typeName": "Object", "expression": { "type": "Object", "value": "{\"post\":\"民政办\",\"level\":\"township\"}" } },
                      "outcomes": { "typeName": "Object", "expression": { "type": "Object", "value": "[\"approve\",\"reject\"]" } } }
                  ],
                  "connections": [] },
                { "id": "subEnd", "type": "Elsa.End", "version": 1, "name": "办结" }
              ],
              "connections": [
                { "source": { "activity": "subStart", "port": "Done" }, "target": { "activity": "subReview", "port": "In" } },
                { "source": { "activity": "subReview", "port": "Done" }, "target": { "activity": "subEnd", "port": "In" } }
              ] }
            """);
        return doc.ToJsonString();
    }
}
