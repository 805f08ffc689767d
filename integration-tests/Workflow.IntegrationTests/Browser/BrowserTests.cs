using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// The pages in Debian's Chromium against the real host with demo data. Each test signs in afresh; each uses demo
/// cases no other test here changes, so they pass in any order.
/// </summary>
public sealed class BrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string JourneyCase = "demo-dibao-001";
    private const string OtherVillageCase = "demo-dibao-002";
    private const string XssCase = "demo-disability-001";
    private const string AntiforgeryCase = "demo-temporary-001";

    [Fact]
    public void SignIn_WithDemoAccount_ShowsInboxWithNameAndRole()
    {
        browser.Reset();
        browser.Open("/inbox");
        browser.Element(By.Id("login"), "the sign-in page instead of the inbox");
        browser.Screenshot("01-signin");

        browser.SignIn("wangfang");

        Assert.EndsWith("/inbox", browser.Driver.Url, StringComparison.Ordinal);
        Assert.Equal("王芳", browser.Driver.FindElement(By.Id("current-user")).Text);
        Assert.Contains("窗口受理员", browser.Text, StringComparison.Ordinal);
        Assert.Contains("待办", browser.Driver.FindElement(By.Id("tab-todo")).Text, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void SignIn_WithWrongPassword_ShowsChineseError()
    {
        browser.Reset();

        browser.SignIn("liuqiang", "not-the-password");

        var error = browser.Element(By.Id("signin-error"), "the sign-in error");
        Assert.Contains("登录名或密码错误", error.Text, StringComparison.Ordinal);
        Assert.Contains("/signin", browser.Driver.Url, StringComparison.Ordinal);
        browser.Screenshot("02-signin-error");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void SignIn_FiveWrongPasswords_LockTheAccount_EvenForTheRightPassword()
    {
        browser.Reset();
        for (var i = 0; i < 5; i++)
        {
            browser.SignIn("zhouli", "wrong-" + i);
        }
        var locked = browser.Element(By.Id("signin-error"), "the lockout message").Text;

        browser.SignIn("zhouli");

        // The page gives one answer for a wrong password, an unknown login and a lockout, so logins cannot be probed;
        // the right password is refused all the same.
        Assert.Contains("暂时锁定", locked, StringComparison.Ordinal);
        Assert.Equal(locked, browser.Element(By.Id("signin-error"), "the lockout message").Text);
        Assert.DoesNotContain("/inbox", browser.Driver.Url, StringComparison.Ordinal);
        browser.Screenshot("03-signin-locked");
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void CaseOfAnotherVillage_GivesTheChinese404Page()
    {
        browser.Reset();
        browser.SignIn("lina");

        browser.Open($"/cases/{OtherVillageCase}");

        Assert.Contains("页面不存在", browser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("王建国", browser.Text, StringComparison.Ordinal);
        browser.Screenshot("04-not-found");
        browser.AssertNoConsoleErrors("404");
    }

    [Fact]
    public void Decision_WithScriptComment_RendersAsTextInTheTimeline()
    {
        const string comment = "<script>alert(1)</script>";
        browser.Reset();
        browser.SignIn("zhangwei");
        OpenTaskOf(XssCase);

        browser.Driver.FindElement(By.Id("comment")).SendKeys(comment);
        browser.Driver.FindElement(By.Id("outcome-approve")).Click();
        browser.Element(By.Id("task-closed"), "the task to show as done");

        Assert.Throws<NoAlertPresentException>(() => browser.Driver.SwitchTo().Alert());
        var details = browser.Driver.FindElements(By.CssSelector("#timeline .detail")).Select(e => e.Text).ToList();
        Assert.Contains(comment, details);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void FormPost_WithoutAntiforgeryToken_IsRejected()
    {
        browser.Reset();
        browser.SignIn("zhangwei");
        var task = OpenTaskOf(AntiforgeryCase);

        browser.Driver.ExecuteScript("document.querySelectorAll('input[name=__RequestVerificationToken]').forEach(function (e) { e.remove(); });");
        browser.Driver.FindElement(By.Id("outcome-approve")).Click();

        browser.Until(d => d.FindElement(By.TagName("body")).Text.Contains("请求无效", StringComparison.Ordinal), "the 400 page");
        browser.Screenshot("05-antiforgery-rejected");
        browser.AssertNoConsoleErrors("400");
        browser.Open(task);
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("decision-form")));
    }

    [Fact]
    public void ClerkThenVillageThenTownship_ProcessTheDemoCase()
    {
        // The window clerk accepts the application.
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Screenshot("10-inbox-clerk");
        OpenTaskOf(JourneyCase);
        var flowchart = browser.Driver.FindElement(By.Id("case-flowchart"));
        Assert.NotEmpty(flowchart.FindElements(By.CssSelector("g.node.current")));
        browser.Screenshot("11-task-clerk");
        browser.Driver.FindElement(By.Id("comment")).SendKeys("材料齐全，予以受理。");
        browser.Driver.FindElement(By.Id("outcome-approve")).Click();
        browser.Element(By.Id("task-closed"), "the clerk's task to show as done");
        Assert.Contains("材料齐全，予以受理。", browser.Driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();

        browser.Driver.FindElement(By.LinkText("待办事项")).Click();
        browser.Element(By.Id("tab-done"), "the inbox tabs").Click();
        browser.Element(By.CssSelector($"#inbox-done tr[data-instance='{JourneyCase}']"), "the case under 已办");
        browser.Screenshot("12-inbox-done");
        browser.AssertNoConsoleErrors();

        // The village assistant's household visit, then the township review.
        foreach (var (login, shot) in new[] { ("lina", "13-task-village"), ("zhangwei", "14-task-township") })
        {
            browser.Reset();
            browser.SignIn(login);
            OpenTaskOf(JourneyCase);
            browser.Screenshot(shot);
            browser.Driver.FindElement(By.Id("comment")).SendKeys($"{login} 核查属实，同意。");
            browser.Driver.FindElement(By.Id("outcome-approve")).Click();
            browser.Element(By.Id("task-closed"), $"{login}'s task to show as done");
            browser.AssertNoConsoleErrors();
        }

        browser.Open($"/cases/{JourneyCase}");
        var text = browser.Text;
        Assert.Contains("lina 核查属实，同意。", text, StringComparison.Ordinal);
        Assert.Contains("zhangwei 核查属实，同意。", text, StringComparison.Ordinal);
        browser.Screenshot("15-case");
        var chart = browser.Driver.FindElement(By.Id("case-flowchart"));
        Assert.NotEmpty(chart.FindElements(By.CssSelector("g.node.visited[data-activity='intake']")));
        Assert.NotEmpty(chart.FindElements(By.CssSelector("g.node.current")));
        BrowserFixture.Screenshot("16-flowchart", chart);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void Administrator_SeesDefinitionsWithVersions()
    {
        browser.Reset();
        browser.SignIn("admin");

        browser.Driver.FindElement(By.LinkText("流程定义")).Click();

        var table = browser.Element(By.Id("definitions"), "the definitions table");
        Assert.Contains("dibao", table.Text, StringComparison.Ordinal);
        Assert.Contains("第 1 版", table.Text, StringComparison.Ordinal);
        browser.Screenshot("20-definitions");
        browser.Open("/");
        browser.Element(By.Id("cases"), "the case list");
        browser.Screenshot("21-cases");
        browser.AssertNoConsoleErrors();
    }

    /// <summary>Opens, from the 待办 tab, the open task of <paramref name="instanceId"/>; returns its path.</summary>
    private string OpenTaskOf(string instanceId)
    {
        browser.Open("/inbox");
        var link = browser.Element(By.CssSelector($"#inbox-todo tr[data-instance='{instanceId}'] a"), $"a 待办 row of {instanceId}");
        var href = new Uri(link.GetAttribute("href")!).PathAndQuery;
        link.Click();
        browser.Element(By.Id("decision-form"), $"the decision form of {instanceId}");
        return href;
    }
}
