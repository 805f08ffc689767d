using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;
using Workflow.IntegrationTests.Scenarios;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Scenario 7 in Chromium, from the alert to the first payment: the monitoring platform posts an alert to the host's
/// HTTP twin; 李娜 (村协理员) verifies it; the window records the 特困 application 李娜 makes on the person's behalf; the
/// township's 社会救助经办 records the 生活自理能力评估; the 7-day 公示 runs out on the adjustable clock; 刘强 confirms;
/// the person chooses 分散供养; the signed 委托照料服务协议 is uploaded; and next month's 发放名册 pays the person.
/// </summary>
public sealed class AlertToPaymentJourneyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Person = "韩桂英";

    [Fact]
    public async Task Scenario7_AlertToFirstPayment_PaidInNextMonthsPayroll()
    {
        using var http = browser.Host.CreateClient();
        var idNumber = IdNumbers.Make("500113", "19460303", 71);

        // 1. The alert arrives; the village 协理员 verifies it and finds the person needs help.
        var verification = await PostAlertAsync(http, idNumber);
        browser.Reset();
        browser.SignIn("lina");
        OpenTaskOf(verification);
        Assert.Contains("案件来源：动态监测预警", browser.Text, StringComparison.Ordinal);
        Assert.Contains("唯一赡养人死亡", browser.Text, StringComparison.Ordinal);
        Assert.Contains("核查情况", browser.Driver.FindElement(By.CssSelector("label[for='comment']")).Text, StringComparison.Ordinal);
        browser.Screenshot("40-alert-verification");
        Decide("assist", "入户核实：老伴去世，独居，无劳动能力和收入，符合特困条件，由协理员代为申请。");

        // 2. The window records the 特困 application 李娜 makes on the person's behalf.
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Driver.FindElement(By.Id("menu-intake")).Click();
        browser.Element(By.Id("applicant-id"), "the intake form").SendKeys(idNumber);
        browser.Until(d => d.FindElement(By.Id("applicant-id-check")).Text.Contains("格式正确", StringComparison.Ordinal), "the ID to be accepted");
        browser.Driver.FindElement(By.Id("applicant-name")).SendKeys(Person);
        browser.Driver.FindElement(By.Id("applicant-phone")).SendKeys("13987650071");
        browser.Driver.FindElement(By.Id("applicant-bank")).SendKeys("6222020200998870071");
        Click(By.CssSelector($"#hukou option[value='{People.Guihua}']"));
        Click(By.Id("item-tekun"));
        browser.Driver.FindElement(By.Id("proxy-name")).SendKeys("李娜");
        browser.Driver.FindElement(By.Id("proxy-post")).SendKeys("村协理员");
        Click(By.CssSelector("#proxy-consent option[value='person']"));
        browser.Driver.FindElement(By.Id("proxy-consent-note")).SendKeys("本人同意，入户时签字确认");
        Click(By.Id("consent"));
        browser.Screenshot("41-proxy-intake");
        browser.AssertNoConsoleErrors();
        Click(By.Id("intake-submit"));
        var caseNumber = browser.Element(By.Id("case-number"), "the receipt").Text;
        browser.Driver.FindElement(By.Id("menu-applications")).Click();
        browser.Element(By.LinkText(caseNumber), "the application in the list").Click();
        var tekunRow = browser.Element(By.CssSelector("#subcases tr[data-item='tekun']"), "the 特困 sub-case");
        var tekun = new Uri(tekunRow.FindElement(By.CssSelector("td a")).GetAttribute("href")!).AbsolutePath.Split('/')[^1];

        // 3. The township's 社会救助经办 records the 生活自理能力评估 (半自理).
        OpenTaskOf(tekun);
        Assert.Contains("生活自理能力评估", browser.Element(By.Id("self-care-assessment"), "the assessment choice").Text, StringComparison.Ordinal);
        browser.Screenshot("42-self-care-assessment");
        Decide("partly", "入户调查：六项指标中自主穿衣、自主洗澡不能达到；无赡养人。");

        // 4. The 7-day 公示 runs out; the district confirms.
        using (var advance = new HttpRequestMessage(HttpMethod.Post, "api/testing/clock") { Content = JsonContent.Create(new { days = 8 }) })
        {
            advance.Headers.Add("X-User", "admin");
            (await http.SendAsync(advance)).EnsureSuccessStatusCode();
        }
        await Wait.UntilAsync(async () => (await OpenTaskTitlesAsync(http, tekun)).Any(t => t.StartsWith("区县民政局审核确认", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(30), () => "the county's 审核确认 after the 公示");
        browser.Reset();
        browser.SignIn("liuqiang");
        OpenTaskOf(tekun);
        Decide("approve", "同意认定为特困人员。");

        // 5. The person chooses 分散供养; the clerk uploads the signed agreement from the case's pointer and records it.
        browser.Reset();
        browser.SignIn("wangfang");
        OpenTaskOf(tekun);
        Decide("dispersed", "本人选择在家分散供养，由侄子照料。");
        OpenTaskOf(tekun);
        browser.Element(By.Id("care-agreement-link"), "the pointer to the agreement upload").Click();
        Assert.Equal("care-agreement", browser.Element(By.Id("attach-kind"), "the upload form").GetAttribute("value"));
        browser.Driver.FindElement(By.Id("attach-file")).SendKeys(AgreementFile());
        Click(By.CssSelector("#attach-form button[type='submit']"));
        browser.Until(d => d.FindElement(By.Id("attachments")).Text.Contains("委托照料服务协议", StringComparison.Ordinal), "the agreement on file");
        browser.Screenshot("43-care-agreement");
        browser.AssertNoConsoleErrors();
        OpenTaskOf(tekun);
        Decide("signed", "委托照料服务协议已签订并归档。");

        // 6. Next month's payroll of the township pays the person.
        var startMonth = "";
        await Wait.UntilAsync(async () => (startMonth = await StartMonthAsync(http, tekun)) is { Length: > 0 }, TimeSpan.FromSeconds(30),
            () => "the ledger entry of the confirmed 特困 case");
        browser.Reset();
        browser.SignIn("zhangwei");
        browser.Driver.FindElement(By.Id("menu-payroll")).Click();
        browser.Element(By.Id("payroll-filter"), "the payroll page");
        browser.Open($"/ledger/payroll?division={People.Jieshi}&month={startMonth}");
        var row = browser.Element(By.CssSelector($"#payroll-lines tr[data-case='{tekun}']"), "the person's line in the payroll");
        Assert.Contains(Person, row.Text, StringComparison.Ordinal);
        Assert.Contains("特困人员救助供养", row.Text, StringComparison.Ordinal);
        Assert.Contains("桂花村", row.Text, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector($"#payroll-held tr[data-case='{tekun}']")));
        browser.Screenshot("44-payroll");
        browser.AssertNoConsoleErrors();
    }

    private async Task<string> PostAlertAsync(HttpClient http, string idNumber)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/inbound/monitoring-alerts")
        {
            Content = JsonContent.Create(new
            {
                senderSystem = "dbjc",
                senderMessageId = "YJ-BROWSER-0071",
                idNumber,
                name = Person,
                householdDivisionCode = People.Guihua,
                indicators = new[] { "唯一赡养人死亡", "医保自付费用高" },
                sourcePlatform = "低收入人口动态监测",
                raisedAt = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8)),
            }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", BrowserFixture.AlertKey);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return (string?)JsonNode.Parse(body)!["instanceId"] ?? throw new InvalidOperationException($"Expected the alert to start a case, but: {body}");
    }

    private void Click(By by) => browser.Driver.FindElement(by).Click();

    private void Decide(string outcome, string comment)
    {
        browser.Driver.FindElement(By.Id("comment")).SendKeys(comment);
        Click(By.Id("outcome-" + outcome));
        browser.Element(By.Id("task-closed"), $"the task to show as done ({outcome})");
        browser.AssertNoConsoleErrors();
    }

    private void OpenTaskOf(string instanceId)
    {
        browser.Open("/inbox");
        browser.Element(By.CssSelector($"#inbox-todo tr[data-instance='{instanceId}'] a"), $"a 待办 row of {instanceId}").Click();
        browser.Element(By.Id("decision-form"), $"the decision form of {instanceId}");
    }

    private static string AgreementFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"care-agreement-{Guid.NewGuid():N}.pdf");
        File.WriteAllText(path, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
        return path;
    }

    private static async Task<IReadOnlyList<string>> OpenTaskTitlesAsync(HttpClient http, string instanceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/instances/{instanceId}");
        request.Headers.Add("X-User", "liuqiang");
        using var response = await http.SendAsync(request);
        var instance = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return instance["tasks"]?.AsArray().Where(t => (string?)t!["status"] == "Open").Select(t => (string)t!["title"]!).ToList() ?? [];
    }

    private static async Task<string> StartMonthAsync(HttpClient http, string instanceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/ledger/cases/{instanceId}");
        request.Headers.Add("X-User", "zhangwei");
        using var response = await http.SendAsync(request);
        var ledger = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return ledger["entries"]?.AsArray().Select(e => (string?)e!["startMonth"]).FirstOrDefault() ?? "";
    }
}
