using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The designer as an administrator uses it (issue 12): a multi-signer step is set up with Chinese choices, dagre lays
/// the flowchart out, and undo and redo walk the edits back and forth. Its own host; nothing is saved.
/// </summary>
public sealed class DesignerEditingTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Designer_SignerModeAutoLayoutUndoRedo_WorkInChinese()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open("/admin/definitions/tekun/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");
        Assert.DoesNotContain("Elsa.", browser.Driver.FindElement(By.Id("designer-canvas")).Text, StringComparison.Ordinal);

        // A 票签 step: the mode is chosen by its Chinese name, and the threshold is typed.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=countyConfirm] rect")).Click();
        var mode = browser.Element(By.Id("field-mode"), "the signer-mode field");
        Assert.Equal(["单人审批", "会签", "或签", "票签", "依次审批"], mode.FindElements(By.TagName("option")).Select(o => o.Text));
        mode.FindElements(By.TagName("option")).Single(o => o.Text == "票签").Click();
        var threshold = browser.Driver.FindElement(By.Id("field-threshold"));
        threshold.Clear();
        threshold.SendKeys("3" + Keys.Tab);
        browser.Screenshot("76-designer-signer-mode");

        // Auto-layout moves the nodes; undo puts them back; redo lays them out again.
        var before = Transforms();
        browser.Driver.FindElement(By.Id("designer-layout")).Click();
        var laidOut = Transforms();
        Assert.NotEqual(before, laidOut);
        browser.Screenshot("77-designer-auto-layout");
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        Assert.Equal(before, Transforms());
        browser.Driver.FindElement(By.Id("designer-redo")).Click();
        Assert.Equal(laidOut, Transforms());

        // Undoing the two edits of the step brings back a single signer.
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        browser.Driver.FindElement(By.CssSelector("g[data-activity=countyConfirm] rect")).Click();
        Assert.Equal("single", browser.Element(By.Id("field-mode"), "the signer-mode field again").GetAttribute("value"));
        Assert.True(browser.Driver.FindElement(By.Id("designer-redo")).Enabled);
        browser.Screenshot("78-designer-undone");
        browser.AssertNoConsoleErrors();
    }

    private List<string?> Transforms() =>
        [.. browser.Driver.FindElements(By.CssSelector("#designer-canvas g.node")).Select(n => n.GetAttribute("transform"))];
}
