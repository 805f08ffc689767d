using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Journey 6: the administrator edits a definition in the visual designer and publishes version 2; a new case uses
/// version 2 while a case started before stays on version 1. Its own host (class fixture), so no other test sees v2.
/// </summary>
public sealed class AdminDesignerTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Definition = "charity-referral";
    private const string NewTitle = "转介慈善会帮扶（第二版）";
    private static readonly object Input = new { divisionCode = "500113102001", applicantName = "设计器测试" };

    [Fact]
    public async Task Journey6_EditInDesigner_PublishVersionTwo_NewCaseUsesItOldCaseStaysOnOne()
    {
        var api = new WorkflowApi(browser.Host.CreateClient());
        var old = await api.StartCaseAsync(Definition, Input);
        Assert.Equal(1, (int)old["definitionVersion"]!);

        browser.Reset();
        browser.SignIn("admin");
        browser.Open($"/admin/definitions/{Definition}/designer");
        var designer = browser.Element(By.CssSelector("#designer[data-ready=true]"), "the designer to start");
        browser.Screenshot("40-designer-open");

        // Select the referral, retitle it in the side panel, and move the rejected end by dragging it.
        browser.Driver.FindElement(By.CssSelector("g[data-activity=referral] rect")).Click();
        var title = browser.Element(By.Id("field-title"), "the title field of the side panel");
        title.Clear();
        title.SendKeys(NewTitle + Keys.Tab);
        var end = browser.Driver.FindElement(By.CssSelector("g[data-activity=endRejected] rect"));
        var before = browser.Driver.FindElement(By.CssSelector("g[data-activity=endRejected]")).GetAttribute("transform");
        new Actions(browser.Driver).ClickAndHold(end).MoveByOffset(60, 40).Release().Perform();
        var after = browser.Driver.FindElement(By.CssSelector("g[data-activity=endRejected]")).GetAttribute("transform");
        Assert.NotEqual(before, after);

        browser.Driver.FindElement(By.Id("designer-save")).Click();
        browser.Until(d => d.FindElement(By.Id("designer-message")).Text.Contains("草稿已保存", StringComparison.Ordinal), "the draft to be saved");
        browser.Driver.FindElement(By.Id("designer-simulate")).Click();
        browser.Until(d => designer.GetAttribute("data-simulated") == "Finished", "the simulation to finish");
        Assert.Contains("转介区慈善会", browser.Driver.FindElement(By.Id("designer-path")).Text, StringComparison.Ordinal);
        browser.Screenshot("41-designer-simulated");

        browser.Driver.FindElement(By.Id("designer-publish")).Click();
        browser.Until(d => designer.GetAttribute("data-published-version") == "2", "version 2 to be published");
        Assert.Contains("已发布第 2 版", browser.Driver.FindElement(By.Id("designer-message")).Text, StringComparison.Ordinal);
        browser.Screenshot("42-designer-published");
        browser.AssertNoConsoleErrors();

        var fresh = await api.StartCaseAsync(Definition, Input);
        var oldNow = await api.InstanceAsync((string)old["instanceId"]!);
        Assert.Equal(2, (int)fresh["definitionVersion"]!);
        Assert.Contains(fresh["tasks"]!.AsArray(), t => (string?)t!["title"] == NewTitle);
        Assert.Equal(1, (int)oldNow["definitionVersion"]!);
        Assert.DoesNotContain(oldNow["tasks"]!.AsArray(), t => (string?)t!["title"] == NewTitle);

        browser.Open("/admin/definitions");
        Assert.Contains("第 2 版（当前）", browser.Text, StringComparison.Ordinal);
        browser.Screenshot("43-definitions-list");
        browser.AssertNoConsoleErrors();
    }
}
