using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Issue 12's operation pages in Chromium, as the demo users: the district assigns a step by hand (人工指派) to a person
/// chosen by name; the window pauses, resumes and extends a step's clock; during a 特困 公示 the window records an
/// objection and the township records the 民主评议 on the recheck; the window ends a case (终止). Screenshots 68–74.
/// </summary>
public sealed class OperationPagesTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Village = "500113102001";

    [Fact]
    public async Task DemoUsers_WalkAssignClockObjectionDeliberationAndTermination()
    {
        using var http = browser.Host.CreateClient();

        // 1. 人工指派: the district picks a township colleague by name, post and division.
        var assignCase = await StartAsync(http, "dibao", "葛春兰");
        var intake = (await OpenTasksAsync(http, assignCase)).First();
        browser.Reset();
        browser.SignIn("liuqiang");
        browser.Open($"/tasks/{assignCase}/{(string)intake["taskId"]!}");
        Open("op-assign");
        Assert.Empty(browser.Driver.FindElements(By.Id("op-signer")));
        var chenxia = browser.Driver.FindElement(By.CssSelector("#assign-user option[value='chenxia']"));
        Assert.StartsWith("陈霞（窗口受理 · 界石镇", chenxia.Text, StringComparison.Ordinal);
        chenxia.Click();
        browser.Driver.FindElement(By.Id("assign-reason")).SendKeys("王芳外出培训，改由陈霞办理");
        browser.Screenshot("68-task-manual-assign");
        browser.AssertNoConsoleErrors();
        Submit("op-assign");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已人工指派", StringComparison.Ordinal), "the assignment to be confirmed");
        browser.Screenshot("69-task-assigned");
        browser.AssertNoConsoleErrors();

        // 2. 暂停/恢复计时 and 延期 on the case page, by the window that handles the step.
        var clockCase = await StartAsync(http, "dibao", "郝冬梅");
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Open($"/cases/{clockCase}");
        Open("op-pause-0");
        Submit("op-pause-0");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已暂停计时", StringComparison.Ordinal), "the pause");
        Assert.Contains("已暂停（", browser.Text, StringComparison.Ordinal);
        Open("op-resume-0");
        browser.Screenshot("70-case-clock-paused");
        browser.AssertNoConsoleErrors();
        Submit("op-resume-0");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已恢复计时", StringComparison.Ordinal), "the resume");
        Open("op-extend-0");
        var days = browser.Driver.FindElement(By.Id("extend-days-0"));
        days.Clear();
        days.SendKeys("10");
        browser.Driver.FindElement(By.Id("extend-reason-0")).SendKeys("需跨省核对户籍，经分管领导批准");
        Submit("op-extend-0");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已延长办理期限", StringComparison.Ordinal), "the extension");
        browser.Screenshot("71-case-deadline-extended");
        browser.AssertNoConsoleErrors();

        // 3. 公示 objection at the window, then the township's 民主评议 on the recheck.
        var tekun = await StartAsync(http, "tekun", "鲁桂芝");
        var survey = (await OpenTasksAsync(http, tekun)).First(t => ((string)t["title"]!).StartsWith("入户调查", StringComparison.Ordinal));
        await PostAsync(http, "wangfang", $"api/tasks/{tekun}/{(string)survey["taskId"]!}/decision", new { outcome = "unable", comment = "全护理" });
        browser.Open($"/cases/{tekun}");
        browser.Element(By.Id("op-objection"), "the objection form during 公示");
        browser.Driver.FindElement(By.Id("objection-text")).SendKeys("村民反映该户子女有赡养能力");
        browser.Screenshot("72-case-objection");
        browser.AssertNoConsoleErrors();
        Submit("op-objection");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已登记公示异议", StringComparison.Ordinal), "the objection");
        var recheck = (await OpenTasksAsync(http, tekun)).Single();
        browser.Reset();
        browser.SignIn((string)recheck["candidates"]!.AsArray().First()!["userId"]!);
        browser.Open($"/tasks/{tekun}/{(string)recheck["taskId"]!}");
        Open("op-deliberation");
        browser.Driver.FindElement(By.Id("deliberation-attendees")).SendKeys("村支书 王明，村主任 李华，村民代表 陈一，村民代表 刘二，驻村干部 郑六");
        SetNumber("Op.VotesFor", "4");
        SetNumber("Op.VotesAgainst", "1");
        browser.Driver.FindElement(By.Id("deliberation-minutes")).SendKeys("经核实，子女均在外务工且收入低，多数代表认为符合条件");
        browser.Screenshot("73-task-deliberation");
        Submit("op-deliberation");
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已记录民主评议", StringComparison.Ordinal), "the deliberation");
        browser.AssertNoConsoleErrors();

        // 4. 终止 by the window, with its reason; the case ends and offers nothing more.
        var endCase = await StartAsync(http, "dibao", "凤玉珍");
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Open($"/cases/{endCase}");
        Open("op-end");
        browser.Driver.FindElement(By.Id("end-reason")).SendKeys("申请人已在其他街道重复申请");
        browser.Driver.FindElement(By.Id("op-terminate")).Click();
        browser.Until(d => d.FindElement(By.CssSelector(".message.success")).Text.Contains("已终止案件", StringComparison.Ordinal), "the termination");
        Assert.Empty(browser.Driver.FindElements(By.Id("case-operations-title")));
        browser.Screenshot("74-case-terminated");
        browser.AssertNoConsoleErrors();
        foreach (var english in new[] { "TaskTransferred", "ClockPaused", "DeadlineExtended", "ObjectionRecorded", "InstanceFinished" })
        {
            Assert.DoesNotContain(english, browser.Text, StringComparison.Ordinal);
        }
    }

    /// <summary>Opens the folded section (details) that holds the form.</summary>
    private void Open(string formId)
    {
        var summary = browser.Driver.FindElement(By.XPath($"//form[@id='{formId}']/ancestor::details[1]/summary"));
        if (summary.FindElement(By.XPath("..")).GetAttribute("open") is null)
        {
            summary.Click();
        }
        browser.Element(By.Id(formId), $"the form {formId}");
    }

    private void Submit(string formId) => browser.Driver.FindElement(By.CssSelector($"#{formId} button[type='submit']")).Click();

    private void SetNumber(string name, string value)
    {
        var box = browser.Driver.FindElement(By.CssSelector($"#op-deliberation input[name='{name}']"));
        box.Clear();
        box.SendKeys(value);
    }

    private static async Task<string> StartAsync(HttpClient http, string definitionId, string name)
    {
        var started = await PostAsync(http, "wangfang", "api/instances", new { definitionId, input = new { divisionCode = Village, applicantName = name, householdSize = 1 } });
        return (string)started["instanceId"]!;
    }

    private static async Task<JsonNode> PostAsync(HttpClient http, string user, string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-User", user);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!;
    }

    private static async Task<IReadOnlyList<JsonNode>> OpenTasksAsync(HttpClient http, string instanceId)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/instances/{instanceId}");
        request.Headers.Add("X-User", "liuqiang");
        using var response = await http.SendAsync(request);
        var instance = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return instance["tasks"]!.AsArray().Where(t => (string?)t!["status"] == "Open").Select(t => t!).ToList();
    }
}
