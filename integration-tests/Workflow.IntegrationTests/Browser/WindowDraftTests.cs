using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;
using Workflow.IntegrationTests.Scenarios;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Window drafts (暂存, issue 12) in Chromium: the clerk saves a half-done intake, finds it under 我的暂存 with the ID
/// number masked, resumes it in a later session, and accepting the application deletes the draft.
/// </summary>
public sealed class WindowDraftTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Draft_SavedResumedAndSubmitted_IsMaskedInTheList_AndGoneAfterAcceptance()
    {
        var applicantId = IdNumbers.Make("500113", "19700505", 515);
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Open("/window/intake");
        browser.Element(By.Id("applicant-name"), "the intake form").SendKeys("钱桂兰");
        browser.Driver.FindElement(By.Id("applicant-id")).SendKeys(applicantId);
        browser.Driver.FindElement(By.Id("applicant-phone")).SendKeys("13900002222");
        browser.Driver.FindElement(By.Id("applicant-bank")).SendKeys("6222020200112200335");
        Click(By.CssSelector($"#hukou option[value='{People.Guihua}']"));
        var member = browser.Driver.FindElements(By.CssSelector("tr[data-member]"))[0];
        member.FindElement(By.CssSelector("input[name$='.Name']")).SendKeys("钱小梅");
        member.FindElement(By.CssSelector("input[name$='.Relation']")).SendKeys("子女");
        member.FindElement(By.CssSelector("input[name$='.IdNumber']")).SendKeys(IdNumbers.Make("500113", "20120606", 26));
        Click(By.Id("item-dibao"));

        Click(By.Id("intake-draft"));

        var row = browser.Element(By.CssSelector("#draft-list tbody tr"), "the saved draft under 我的暂存");
        Assert.Contains("已暂存", browser.Text, StringComparison.Ordinal);
        Assert.Contains("钱桂兰", row.Text, StringComparison.Ordinal);
        Assert.Contains(applicantId[..6] + "********" + applicantId[^4..], row.Text, StringComparison.Ordinal);
        Assert.Contains("最低生活保障", row.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(applicantId, browser.Driver.FindElement(By.Id("drafts")).Text, StringComparison.Ordinal);
        browser.Screenshot("80-window-draft-saved");
        browser.AssertNoConsoleErrors();
        browser.AssertAccessible();
        browser.AssertReadable();

        // A later session: the clerk resumes the draft, completes it and accepts the application.
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Open("/window/intake");
        browser.Element(By.CssSelector("#draft-list tbody tr a"), "继续填写 of the draft").Click();
        Assert.Equal("钱桂兰", browser.Element(By.Id("applicant-name"), "the resumed form").GetAttribute("value"));
        Assert.Equal(applicantId, browser.Driver.FindElement(By.Id("applicant-id")).GetAttribute("value"));
        Assert.Equal("钱小梅", browser.Driver.FindElement(By.CssSelector("tr[data-member] input[name$='.Name']")).GetAttribute("value"));
        Assert.True(browser.Driver.FindElement(By.Id("item-dibao")).Selected);
        browser.Screenshot("81-window-draft-resumed");
        browser.AssertNoConsoleErrors();
        Click(By.Id("consent"));
        Click(By.Id("intake-submit"));
        browser.Element(By.Id("case-number"), "the receipt");

        browser.Open("/window/intake");
        browser.Element(By.Id("drafts-empty"), "我的暂存 without the submitted draft");
        browser.AssertNoConsoleErrors();
    }

    private void Click(By by) => browser.Driver.FindElement(by).Click();
}
