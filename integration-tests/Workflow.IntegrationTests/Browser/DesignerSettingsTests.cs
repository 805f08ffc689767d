using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The designer's remaining settings (issue 12): a chain's levels edited as a table. Its own host; nothing is saved.
/// </summary>
public sealed class DesignerSettingsTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Designer_ChainLevelsTable_AddsMovesAndRemovesRows()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open("/admin/definitions/dibao/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        // The chain's two levels are rows with Chinese choices, not JSON.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=review] rect")).Click();
        browser.Element(By.Id("field-levels"), "the levels table");
        Assert.Equal(["村协理员", "民政办"], Posts());
        Assert.Equal("村（居）", SelectedText("field-levels-0-level"));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("textarea[name=levels]")));

        // A third level for the county, typed into the new row and moved up to second place.
        browser.Driver.FindElement(By.Id("designer-levels-add")).Click();
        browser.Element(By.CssSelector("#field-levels-2-level option[value=district]"), "the new row").Click();
        Type("field-levels-2-post", "区县民政局");
        Type("field-levels-2-title", "区县复核");
        Type("field-levels-2-timeLimit", "3");
        browser.Driver.FindElement(By.Id("designer-levels-2-up")).Click();
        Assert.Equal(["村协理员", "区县民政局", "民政办"], Posts());
        Assert.Equal("3", browser.Driver.FindElement(By.Id("field-levels-1-timeLimit")).GetAttribute("value"));
        browser.Screenshot("90-designer-chain-levels");

        // Removing the first row; undo brings it back.
        browser.Driver.FindElement(By.Id("designer-levels-0-remove")).Click();
        Assert.Equal(["区县民政局", "民政办"], Posts());
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        browser.Driver.FindElement(By.CssSelector("g[data-activity=review] rect")).Click();
        Assert.Equal(["村协理员", "区县民政局", "民政办"], Posts());

        browser.AssertAccessible();
        browser.AssertNoConsoleErrors();
    }

    private List<string?> Posts() =>
        [.. browser.Driver.FindElements(By.CssSelector("#field-levels input[id$='-post']")).Select(i => i.GetAttribute("value"))];

    private string SelectedText(string id) =>
        browser.Driver.FindElements(By.CssSelector($"#{id} option")).Single(o => o.Selected).Text;

    private void Type(string id, string text)
    {
        var input = browser.Driver.FindElement(By.Id(id));
        input.Clear();
        input.SendKeys(text + Keys.Tab);
    }
}
