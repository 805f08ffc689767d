using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The designer's remaining settings (issue 12): a chain's levels edited as a table, and the definition's case time limit
/// and variables. Its own host; only the settings test saves (a draft of tekun).
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

    [Fact]
    public void Designer_DefinitionSettings_SaveCaseTimeLimitAndVariables()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open("/admin/definitions/tekun/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        // With no node selected the panel edits the definition: a 30-day case limit and a whole-number variable.
        Type("field-caseTimeLimit", "30");
        var before = VariableNames().Count;
        browser.Driver.FindElement(By.Id("designer-variables-add")).Click();
        Type($"field-variables-{before}-name", "score");
        browser.Element(By.CssSelector($"#field-variables-{before}-typeName option[value=Int32]"), "the type choice").Click();
        Type($"field-variables-{before}-value", "0");
        Assert.Contains("整数", browser.Driver.FindElement(By.Id("field-variables")).Text, StringComparison.Ordinal);
        browser.Screenshot("91-designer-definition-settings");
        browser.AssertAccessible();

        // Saved and read back: the engine's reader accepts both.
        browser.Driver.FindElement(By.Id("designer-save")).Click();
        browser.Until(d => d.FindElement(By.Id("designer-message")).Text.Contains("草稿已保存", StringComparison.Ordinal), "the draft to be saved");
        Assert.Contains("校验通过", browser.Driver.FindElement(By.Id("designer-problems")).Text, StringComparison.Ordinal);
        browser.Open("/admin/definitions/tekun/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start again");
        Assert.Equal("30", browser.Element(By.Id("field-caseTimeLimit"), "the case limit").GetAttribute("value"));
        Assert.Contains("score", VariableNames());
        Assert.Equal("Int32", browser.Driver.FindElement(By.Id($"field-variables-{before}-typeName")).GetAttribute("value"));

        // An edit of the limit is undone like any other.
        Type("field-caseTimeLimit", "40");
        browser.Driver.FindElement(By.Id("designer-undo")).Click();
        Assert.Equal("30", browser.Element(By.Id("field-caseTimeLimit"), "the case limit after undo").GetAttribute("value"));
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void Designer_SwitchCases_AddedCaseBecomesAPort()
    {
        browser.Reset();
        browser.SignIn("admin");
        browser.Open("/admin/definitions/dibao/designer");
        browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");

        // The switch's cases are rows of a name and a condition; a new case is a new port on the node.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=backTo] rect")).Click();
        var cases = browser.Element(By.Id("field-cases"), "the cases table");
        var count = cases.FindElements(By.CssSelector("tbody tr")).Count;
        Assert.Contains("return getVariable('returnTo') === 'intake';",
            browser.Driver.FindElement(By.Id("field-cases-0-condition")).GetAttribute("value"), StringComparison.Ordinal);
        browser.Driver.FindElement(By.Id("designer-cases-add")).Click();
        Type($"field-cases-{count}-label", "复查");
        Type($"field-cases-{count}-condition", "return getVariable('returnTo') === 'recheck';");
        Assert.Contains("复查", browser.Driver.FindElement(By.CssSelector("g[data-activity=backTo]")).Text, StringComparison.Ordinal);
        browser.Screenshot("92-designer-switch-cases");
        browser.AssertNoConsoleErrors();
    }

    private List<string?> VariableNames() =>
        [.. browser.Driver.FindElements(By.CssSelector("#field-variables input[id$='-name']")).Select(i => i.GetAttribute("value"))];

    private List<string?> Posts() =>
        [.. browser.Driver.FindElements(By.CssSelector("#field-levels input[id$='-post']")).Select(i => i.GetAttribute("value"))];

    private string SelectedText(string id) =>
        browser.Driver.FindElements(By.CssSelector($"#{id} option")).Single(o => o.Selected).Text;

    private void Type(string id, string text)
    {
        var input = browser.Driver.FindElement(By.Id(id));
        input.SendKeys(Keys.Control + "a"); // one change event (Clear() would fire its own, a separate undo step)
        input.SendKeys(text + Keys.Tab);
    }
}
