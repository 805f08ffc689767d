using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;
using Workflow.IntegrationTests.Scenarios;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Journeys 1–5 of the one-window issue in Chromium: the clerk records a 低保 + 教育救助 application and prints the
/// receipt; the clerk, the village assistant and the township reviewer process the 低保 steps; the 7-day 公示 runs
/// out on the host's adjustable clock; the education officer answers the referral; the district approves; the clerk
/// sees the combined result and prints the notice. The supervisor's page and the task operations are shown on the way.
/// </summary>
public sealed class WindowJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task ClerkToDistrict_IntegratedApplication_CombinedResultAndNotice()
    {
        // 1. The clerk records the application; the ID check answers as she types.
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Driver.FindElement(By.Id("menu-intake")).Click();
        var id = browser.Element(By.Id("applicant-id"), "the intake form");
        var applicantId = IdNumbers.Make("500113", "19680808", 321);
        id.SendKeys(IdNumbers.Broken(applicantId));
        browser.Until(d => d.FindElement(By.Id("applicant-id-check")).Text.Contains("校验位不正确", StringComparison.Ordinal), "the check-digit hint");
        id.Clear();
        id.SendKeys(applicantId);
        browser.Until(d => d.FindElement(By.Id("applicant-id-check")).Text.Contains("格式正确", StringComparison.Ordinal), "the ID to be accepted");
        browser.Driver.FindElement(By.Id("applicant-name")).SendKeys("邓秀梅");
        browser.Driver.FindElement(By.Id("applicant-phone")).SendKeys("13987654321");
        browser.Driver.FindElement(By.Id("applicant-bank")).SendKeys("6222020200998877665");
        Click(By.CssSelector($"#hukou option[value='{People.Guihua}']"));
        var member = browser.Driver.FindElements(By.CssSelector("tr[data-member]"))[0];
        member.FindElement(By.CssSelector("input[name$='.Name']")).SendKeys("邓小军");
        member.FindElement(By.CssSelector("input[name$='.Relation']")).SendKeys("子女");
        member.FindElement(By.CssSelector("input[name$='.IdNumber']")).SendKeys(IdNumbers.Make("500113", "20110909", 22));
        browser.Driver.FindElement(By.Id("add-member")).Click();
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector("tr[data-member]")).Count);
        browser.Driver.FindElements(By.CssSelector("tr[data-member] [data-remove-member]"))[1].Click();
        Click(By.Id("item-dibao"));
        Click(By.Id("item-education-assistance"));
        Click(By.Id("assess-school"));
        Click(By.Id("consent"));
        browser.Screenshot("30-window-intake");
        browser.AssertNoConsoleErrors();
        Click(By.Id("intake-submit"));

        // 2. The receipt, printable.
        var caseNumber = browser.Element(By.Id("case-number"), "the receipt").Text;
        Assert.Contains("最低生活保障", browser.Driver.FindElement(By.Id("receipt-items")).Text, StringComparison.Ordinal);
        Assert.Contains("教育救助", browser.Driver.FindElement(By.Id("receipt-items")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("print-receipt")));
        browser.Screenshot("31-window-receipt");
        browser.AssertNoConsoleErrors();

        // 3. The list, and the application with its sub-cases; the clerk takes the 低保 intake step.
        browser.Driver.FindElement(By.Id("menu-applications")).Click();
        browser.Element(By.LinkText(caseNumber), "the application in the list").Click();
        var dibaoRow = browser.Element(By.CssSelector("#subcases tr[data-item='dibao']"), "the 低保 sub-case");
        var dibao = new Uri(dibaoRow.FindElement(By.CssSelector("td a")).GetAttribute("href")!).AbsolutePath.Split('/')[^1];
        var education = new Uri(browser.Driver.FindElement(By.CssSelector("#subcases tr[data-item='education-assistance'] td a")).GetAttribute("href")!)
            .AbsolutePath.Split('/')[^1];
        Assert.DoesNotContain(applicantId, browser.Text, StringComparison.Ordinal);
        browser.Screenshot("32-window-application");
        browser.AssertNoConsoleErrors();
        dibaoRow.FindElement(By.CssSelector("td:last-child a")).Click();
        browser.Element(By.Id("operations-title"), "the task operations");
        browser.Screenshot("33-task-operations");
        Decide("材料齐全，予以受理。");

        // 4. The village visit and the township review.
        foreach (var login in new[] { "lina", "zhangwei" })
        {
            browser.Reset();
            browser.SignIn(login);
            OpenTaskOf(dibao);
            Decide($"{login}：情况属实，同意。");
        }

        // The 7-day 公示 runs out: move the host's clock and wait for the district's step.
        using var http = browser.Host.CreateClient();
        using (var advance = new HttpRequestMessage(HttpMethod.Post, "api/testing/clock") { Content = JsonContent.Create(new { days = 8 }) })
        {
            // The clock is an administrator's testing tool.
            advance.Headers.Add("X-User", "admin");
            (await http.SendAsync(advance)).EnsureSuccessStatusCode();
        }
        await Wait.UntilAsync(async () => (await OpenTasksAsync(http, dibao)).Any(t => ((string?)t["title"])!.StartsWith("审核确认", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), () => "the 审核确认 step after the 公示");

        // 5. The education officer answers the referral; the district confirms 低保.
        browser.Reset();
        browser.SignIn("chenjing");
        OpenTaskOf(education);
        Decide("减免学杂费。");
        browser.Reset();
        browser.SignIn("liuqiang");
        OpenTaskOf(dibao);
        browser.Screenshot("34-task-district");
        Decide("同意纳入低保。");

        // The supervisor's page.
        browser.Reset();
        browser.SignIn("dudao");
        browser.Driver.FindElement(By.Id("menu-supervision")).Click();
        browser.Element(By.Id("by-division-title"), "the supervision page");
        browser.Screenshot("35-officer-supervision");
        browser.AssertNoConsoleErrors();

        // The clerk sees one combined result and prints the notice.
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Driver.FindElement(By.Id("menu-applications")).Click();
        browser.Element(By.LinkText(caseNumber), "the application in the list").Click();
        browser.Until(d => d.FindElement(By.Id("application-status")).Text == "已办结", "the application to be closed");
        Assert.All(browser.Driver.FindElements(By.CssSelector("#subcases td.result")), c => Assert.StartsWith("批准", c.Text, StringComparison.Ordinal));
        browser.Screenshot("36-window-result");
        browser.AssertNoConsoleErrors();
        browser.Driver.FindElement(By.Id("notice-link")).Click();
        var notice = browser.Element(By.Id("notice"), "the notice");
        Assert.Contains("社会救助审核审批结果告知书", notice.Text, StringComparison.Ordinal);
        Assert.Equal(2, browser.Driver.FindElements(By.CssSelector("#notice-items td.result")).Count(c => c.Text == "批准"));
        Assert.DoesNotContain("尚未全部办结", browser.Text, StringComparison.Ordinal);
        browser.Screenshot("37-window-notice");
        browser.AssertNoConsoleErrors();
    }

    private void Click(By by) => browser.Driver.FindElement(by).Click();

    private void Decide(string comment)
    {
        browser.Driver.FindElement(By.Id("comment")).SendKeys(comment);
        Click(By.Id("outcome-approve"));
        browser.Element(By.Id("task-closed"), "the task to show as done");
        browser.AssertNoConsoleErrors();
    }

    private void OpenTaskOf(string instanceId)
    {
        browser.Open("/inbox");
        browser.Element(By.CssSelector($"#inbox-todo tr[data-instance='{instanceId}'] a"), $"a 待办 row of {instanceId}").Click();
        browser.Element(By.Id("decision-form"), $"the decision form of {instanceId}");
    }

    private static async Task<IReadOnlyList<JsonNode>> OpenTasksAsync(HttpClient http, string instanceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/instances/{instanceId}");
        request.Headers.Add("X-User", "liuqiang");
        using var response = await http.SendAsync(request);
        var instance = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return instance["tasks"]?.AsArray().Select(t => t!).Where(t => (string?)t["status"] == "Open").ToList() ?? [];
    }
}
