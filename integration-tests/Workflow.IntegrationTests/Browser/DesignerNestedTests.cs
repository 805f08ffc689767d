using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Nested flowcharts in the designer (issue 12): a 流程图 node added from the palette is opened with 打开子流程, edited
/// inside, left through the breadcrumb, and saved with the whole document. Its own host; saves a draft of funeral-relief.
/// </summary>
public sealed class DesignerNestedTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Designer = "/admin/definitions/funeral-relief/designer";

    [Fact]
    public void Designer_NestedFlowchart_DrillsInEditsGoesOutAndSaves()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open(Designer);
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");
        Assert.False(browser.Driver.FindElement(By.Id("designer-breadcrumb")).Displayed);
        var rootNodes = Nodes().Count;

        // A 流程图 node from the palette, named, then opened: the canvas is the nested flowchart, empty.
        browser.Driver.FindElement(By.CssSelector("[data-add='Elsa.Flowchart']")).Click();
        Type("field-name", "材料复核子流程");
        var flowchart = SelectedNode();
        browser.Element(By.Id("designer-open-subflow"), "the open button").Click();
        var crumbs = browser.Element(By.Id("designer-breadcrumb"), "the breadcrumb");
        browser.Until(_ => crumbs.Displayed, "the breadcrumb to show");
        Assert.Contains("主流程", crumbs.Text, StringComparison.Ordinal);
        Assert.Contains("材料复核子流程", crumbs.Text, StringComparison.Ordinal);
        Assert.Empty(Nodes());

        // An approval step added inside; undo and redo stay at this level.
        browser.Driver.FindElement(By.CssSelector("[data-add='Gov.ApprovalTask']")).Click();
        var inner = SelectedNode();
        Assert.Single(Nodes());
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        Assert.Empty(Nodes());
        Assert.Contains("材料复核子流程", crumbs.Text, StringComparison.Ordinal);
        browser.Driver.FindElement(By.Id("designer-redo")).Click();
        Assert.Equal([inner], Nodes());
        browser.Screenshot("93-designer-nested-flowchart");
        browser.AssertAccessible();

        // Back out through the breadcrumb: the main flowchart with the new node, not the nested step.
        browser.Driver.FindElement(By.CssSelector("#designer-breadcrumb button[data-depth='0']")).Click();
        browser.Until(_ => !crumbs.Displayed, "the breadcrumb to hide at the top level");
        Assert.Equal(rootNodes + 1, Nodes().Count);
        Assert.Contains(flowchart, Nodes());
        Assert.DoesNotContain(inner, Nodes());

        // Inside again, undoing past the nested flowchart's creation leaves for the main flowchart; redo brings it back.
        browser.Driver.FindElement(By.CssSelector($"g[data-activity='{flowchart}'] rect")).Click();
        browser.Element(By.Id("designer-open-subflow"), "the open button again").Click();
        browser.Until(_ => crumbs.Displayed, "the breadcrumb to show again");
        for (var i = 0; i < 3; i++)
        {
            browser.Driver.FindElement(By.Id("designer-undo")).Click();
        }
        Assert.False(crumbs.Displayed);
        Assert.Equal(rootNodes, Nodes().Count);
        for (var i = 0; i < 3; i++)
        {
            browser.Driver.FindElement(By.Id("designer-redo")).Click();
        }
        Assert.Contains(flowchart, Nodes());
        Assert.False(crumbs.Displayed);

        // Saved with the whole document and read back: the nested step is still inside the nested flowchart.
        browser.Driver.FindElement(By.Id("designer-save")).Click();
        browser.Until(d => d.FindElement(By.Id("designer-message")).Text.Contains("草稿已保存", StringComparison.Ordinal), "the draft to be saved");
        browser.Open(Designer);
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start again");
        browser.Driver.FindElement(By.CssSelector($"g[data-activity='{flowchart}'] rect")).Click();
        browser.Element(By.Id("designer-open-subflow"), "the open button after reload").Click();
        browser.Until(_ => Nodes().Contains(inner), "the nested step after reload");
        browser.Screenshot("94-designer-nested-saved");
        browser.AssertNoConsoleErrors();
    }

    private List<string?> Nodes() =>
        [.. browser.Driver.FindElements(By.CssSelector("#designer-canvas g.node")).Select(n => n.GetAttribute("data-activity"))];

    private string? SelectedNode() =>
        browser.Element(By.CssSelector("#designer-canvas g.node.selected"), "the selected node").GetAttribute("data-activity");

    private void Type(string id, string text)
    {
        var input = browser.Driver.FindElement(By.Id(id));
        input.SendKeys(Keys.Control + "a");
        input.SendKeys(text + Keys.Tab);
    }
}
