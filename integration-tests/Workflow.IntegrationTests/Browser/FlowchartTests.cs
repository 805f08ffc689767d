using System.Globalization;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The case flowchart (issue 12) in Chromium: business steps only, laid out in layers by dagre, the current step
/// highlighted with its holder and remaining working days. Its own host, so the demo case is where the demo left it.
/// </summary>
public sealed class FlowchartTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Case = "demo-dibao-001";

    [Fact]
    public void CaseFlowchart_DrawnByDagre_IsLayeredWithTheCurrentStepAndItsHolder()
    {
        browser.Reset();
        browser.SignIn("wangfang");

        browser.Open($"/cases/{Case}");

        var chart = browser.Element(By.Id("case-flowchart"), "the flowchart drawn by dagre");
        var current = Assert.Single(chart.FindElements(By.CssSelector("g.node.current")));
        Assert.Equal("intake", current.GetAttribute("data-activity"));
        Assert.Contains("剩余", current.Text, StringComparison.Ordinal);
        Assert.Contains("办理：界石镇", current.Text, StringComparison.Ordinal);
        Assert.True(Y(chart, "start") < Y(chart, "intake") && Y(chart, "intake") < Y(chart, "review") && Y(chart, "review") < Y(chart, "notice"),
            "each step is drawn in a layer below the one before it");
        Assert.Empty(chart.FindElements(By.CssSelector("g.node[data-activity=setRejected], g.node[data-activity=returnFromIntake], g.node[data-activity=backTo]")));
        Assert.DoesNotContain("Elsa.", chart.Text, StringComparison.Ordinal);
        Assert.NotEmpty(chart.FindElements(By.CssSelector("path.edge.taken[data-source=start][data-target=intake]")));
        Assert.Contains("visually-hidden", browser.Driver.FindElement(By.Id("case-flowchart-steps")).GetAttribute("class"), StringComparison.Ordinal);
        browser.Driver.ExecuteScript("arguments[0].scrollIntoView(true);", chart);
        BrowserFixture.Screenshot("75-case-flowchart", chart);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void DemoExpenseCase_WaitsAtTheDistrictCountersign_ShownOnTheFlowchart()
    {
        browser.Reset();
        browser.SignIn("liuqiang");

        browser.Open("/cases/demo-temporary-expense-001");

        var chart = browser.Element(By.Id("case-flowchart"), "the flowchart drawn by dagre");
        var current = Assert.Single(chart.FindElements(By.CssSelector("g.node.current")));
        Assert.Equal("districtApproval", current.GetAttribute("data-activity"));
        Assert.Contains("区县集体研究（会签）", current.Text, StringComparison.Ordinal);
        Assert.Contains("办理：刘强", current.Text, StringComparison.Ordinal);
        // Several signers (the demo's two 区民政局 officers): 郑燕 has signed, 刘强 is still to sign.
        Assert.DoesNotContain("郑燕", current.Text, StringComparison.Ordinal);
        Assert.Contains("会签意见：同意", browser.Element(By.Id("timeline"), "the case's 办理过程").Text, StringComparison.Ordinal);
        Assert.NotEmpty(chart.FindElements(By.CssSelector("g.node.visited[data-activity=townshipReview]")));
        browser.Driver.ExecuteScript("arguments[0].scrollIntoView(true);", chart);
        BrowserFixture.Screenshot("79-case-flowchart-countersign", chart);
        browser.AssertNoConsoleErrors();
    }

    private static double Y(IWebElement chart, string activity) =>
        double.Parse(chart.FindElement(By.CssSelector($"g.node[data-activity={activity}]")).GetAttribute("data-y")!, CultureInfo.InvariantCulture);
}
