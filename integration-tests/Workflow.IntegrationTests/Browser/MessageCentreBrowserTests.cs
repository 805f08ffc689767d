using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Issue 12's message centre and leave cover in Chromium, on the demo as seeded (DemoCover): the window urged the
/// 高龄津贴 case <c>demo-old-age-001</c>, so 张伟 finds a 催办 in his message centre; 张伟 is away this week and 杨帆
/// covers for him, so the case's 乡镇审核, opened after the arrangement, is in 杨帆's inbox too, and her decision is
/// recorded as 代 张伟 办理.
/// </summary>
public sealed class MessageCentreBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CaseId = "demo-old-age-001";

    [Fact]
    public void MessageCentre_DemoUrgeAndDeputy_CountDropsOnReadAndDeputyDecidesOnBehalf()
    {
        // 58. 张伟's header shows his unread messages, the demo's 催办 among them.
        browser.Reset();
        browser.SignIn("zhangwei");
        var before = UnreadInHeader();
        Assert.True(before > 0, "the demo seeds a 催办 for 张伟, so his header shows an unread count");
        browser.Screenshot("58-header-unread");
        browser.AssertNoConsoleErrors();

        // 59. The message centre lists the 催办; marking one read lowers the count.
        browser.Open("/messages");
        var list = browser.Element(By.Id("message-list"), "the message list");
        Assert.Contains("催办", list.Text, StringComparison.Ordinal);
        browser.Screenshot("59-messages");
        browser.AssertNoConsoleErrors();
        browser.Element(By.CssSelector("#message-list li.unread button"), "a 标为已读 button").Click();
        browser.Until(_ => UnreadInHeader() < before, "the unread count to drop after 标为已读");
        Assert.Equal(before - 1, UnreadInHeader());
        browser.Screenshot("60-message-read");
        browser.AssertNoConsoleErrors();

        // 61. 杨帆 covers for 张伟 this week: her 代理设置 shows it, and 张伟's 高龄津贴 task is in her inbox.
        browser.Reset();
        browser.SignIn("yangfan");
        browser.Open("/account/deputy");
        var covering = browser.Element(By.Id("deputy-covering"), "the colleagues 杨帆 covers for");
        Assert.Contains("代 张伟 办理", covering.Text, StringComparison.Ordinal);
        Assert.Contains("代理中", covering.Text, StringComparison.Ordinal);
        browser.Screenshot("61-deputy-covering");
        browser.AssertNoConsoleErrors();

        browser.Open("/inbox");
        var task = browser.Element(By.CssSelector($"#inbox-todo tbody tr a[href*='/tasks/{CaseId}/']"), "张伟's 高龄津贴 task in 杨帆's inbox");
        browser.Open(new Uri(task.GetAttribute("href")!).PathAndQuery);
        browser.Element(By.Id("comment"), "the opinion box").SendKeys("年龄、户籍与生存状况核实无误，同意。");
        browser.Element(By.Id("outcome-approve"), "the 同意 button").Click();
        browser.Until(d => d.Url.Contains("saved=true", StringComparison.Ordinal), "the decision to be taken");

        // 62. The case's 办理过程 records the decision as made on 张伟's behalf.
        browser.Open($"/cases/{CaseId}");
        var timeline = browser.Element(By.Id("timeline"), "the case's 办理过程");
        Assert.Contains("代 张伟 办理", timeline.Text, StringComparison.Ordinal);
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true);", timeline);
        browser.Screenshot("62-decided-on-behalf");
        browser.AssertNoConsoleErrors();
    }

    /// <summary>The header's unread badge as a number (0 when the badge is not shown).</summary>
    private int UnreadInHeader()
    {
        var badge = browser.Driver.FindElements(By.Id("unread-count"));
        return badge.Count == 0 ? 0 : int.Parse(badge[0].Text.TrimEnd('+'), System.Globalization.CultureInfo.InvariantCulture);
    }
}
