using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// Issue 12's evidence in Chromium, as 张伟 (民政办 界石镇) on the demo 低保 application of 邓秀梅: the window has
/// uploaded the application form and a visit photo and taken the case in, 李娜 has done the 入户调查; 张伟 reads the
/// household, the data check's findings and the standard, opens the PDF in the browser, picks an office phrase into the
/// opinion, decides, and shows the system records of the timeline.
/// </summary>
public sealed class TaskEvidenceBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Phrase = "经入户调查，情况属实，同意上报。";

    /// <summary>A one-page PDF that says "Shenqingshu" (the viewer needs a real document, not just the magic bytes).</summary>
    private const string Pdf = """
        %PDF-1.4
        1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >> endobj
        4 0 obj << /Length 44 >> stream
        BT /F1 24 Tf 40 100 Td (Shenqingshu) Tj ET
        endstream endobj
        5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """;

    /// <summary>A 240×160 drawing of a house, as a visit photo (PNG).</summary>
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAPAAAACgCAIAAAC9uXYyAAAB60lEQVR42u3SsRFAUBRE0V+TWBFiRWhDB2KxIsSKEEs0oQgM7/0zcyvYPWVcTy" +
        "lNxQQCWgJaAloCWkBLQEtAS0BLQAtoCWgJaAloCWgBLQEtAS0BLQEtoCWgJaAloCWgBbQEtAS0BLQEtICWgJaAloCWgBbQEtAS0BLQAloCWgJa" +
        "AloCWkBLQEtAS0BLQAtoCWgJaAloCWgBLQGds6Vt/pM7gA6PGG6g0yKGG+i0iOEGOi1iuOsCXRXimnEXiOEGGmK4gYYYbqAhhjstaMLgDg+aJL" +
        "jDgyYG7vCgyYD7GdDHvn0VAYn7ChXQAhpoAQ000EAL6DigJaAloAW0BLQEtAT0e019GyuXAQ000EADDTTQQAMNNNBAAy2ggQYaaKCBBhpooIEG" +
        "GmiggbYC0EADDTTQQAMNNNBAAw000AIaaKCBBhpooIEGGmiggQZaQAMNNNBAAw000EADDTTQQAMNNNBAAw000EADDTTQQAMNNNBAAw000EADDT" +
        "TQQAMNNNBAAw000EADDTTQQAMNtIAGGmiggQYaaKCBBhpooIEW0EADDTTQQAMNNNBAAw206gY9zJ2UJqAFtAS0BLQEtICWgJaAloCWgBbQEtAS" +
        "0BLQEtACWgJaAloCWgJaQEtAS0BLQEtAC2gJaAlo6W4XKtkllf2iVJoAAAAASUVORK5CYII=");

    [Fact]
    public async Task Officer_DemoDibaoTask_ReadsEvidenceOpensPdfPicksPhraseAndDecides()
    {
        using var http = browser.Host.CreateClient();
        var applications = await GetAsync(http, "wangfang", "api/applications?limit=50");
        var application = applications.AsArray().First(a => (string?)a!["applicant"]!["name"] == "邓秀梅")!;
        var applicationId = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]!.AsArray().First(s => (string?)s!["itemCode"] == "dibao")!["instanceId"]!;
        await UploadAsync(http, "wangfang", applicationId, System.Text.Encoding.ASCII.GetBytes(Pdf), "低保申请书.pdf", null);
        await DecideAsync(http, "wangfang", instanceId, "受理低保申请", "材料齐全，予以受理。");
        // The visit photo is the 协理员's, taken while her 入户调查 is open.
        await UploadAsync(http, "lina", applicationId, Png, "入户照片.png", "visit-photo");
        await DecideAsync(http, "lina", instanceId, "入户调查（家庭经济状况）", "入户查看：三口之家，配偶灵活就业，儿子在读初中，住房为自建房。");
        var taskId = await OpenTaskAsync(http, "zhangwei", instanceId, "乡镇审核（初审意见）");

        // 63. The evidence beside the decision, masked and in Chinese.
        browser.Reset();
        browser.SignIn("zhangwei");
        browser.Open($"/tasks/{instanceId}/{taskId}");
        var evidence = browser.Element(By.Id("evidence"), "the evidence");
        foreach (var text in new[] { "家庭成员", "邓小军", "子女", "配偶", "银行：存款与理财", "家庭存款合计 3,200 元", "入户调查记录", "三口之家", "低保标准（每人每月）", "700 元" })
        {
            Assert.Contains(text, evidence.Text, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("50011319680808321", browser.Text, StringComparison.Ordinal);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#evidence-photos img")));
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true);", evidence);
        browser.Screenshot("63-task-evidence");
        browser.AssertNoConsoleErrors();

        // 64. The application form (PDF) and the visit photo open in the browser, each in a tab of its own.
        var task = browser.Driver.CurrentWindowHandle;
        Assert.Equal("application/pdf", OpenInTab(By.LinkText("低保申请书.pdf"), task));
        Assert.Equal("image/png", OpenInTab(By.CssSelector("#evidence-photos a"), task));
        browser.Screenshot("64-attachment-inline");
        // A file opened on its own names no icon, so the browser asks for /favicon.ico; nothing else may fail.
        browser.AssertNoConsoleErrors("/favicon.ico");
        browser.Driver.Close();
        browser.Driver.SwitchTo().Window(task);

        // 65. An office phrase fills the opinion.
        var comment = browser.Driver.FindElement(By.Id("comment"));
        browser.Driver.FindElement(By.Id("phrase-picker")).Click();
        browser.Driver.FindElements(By.CssSelector("#phrase-picker option[data-phrase]")).First(o => o.Text == Phrase).Click();
        browser.Until(_ => comment.GetAttribute("value") == Phrase, "the phrase in the opinion");
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true);", browser.Driver.FindElement(By.Id("decide-title")));
        browser.Screenshot("65-task-phrase");
        browser.AssertNoConsoleErrors();

        // 66. The decision, with the phrase as its opinion.
        browser.Driver.FindElement(By.Id("outcome-approve")).Click();
        browser.Element(By.Id("task-closed"), "the task to show as done");
        Assert.Contains(Phrase, browser.Driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);
        browser.Screenshot("66-task-decided");
        browser.AssertNoConsoleErrors();

        // 67. The timeline: people's records by default, the system's on request.
        var system = browser.Driver.FindElements(By.CssSelector("#timeline li.system"));
        Assert.NotEmpty(system);
        Assert.All(system, li => Assert.False(li.Displayed));
        browser.Driver.FindElement(By.CssSelector("label[for='show-system']")).Click();
        browser.Until(_ => system[0].Displayed, "the system records to show");
        var timeline = browser.Driver.FindElement(By.CssSelector("section.timeline"));
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView(true);", timeline);
        browser.Screenshot("67-timeline-system-records");
        browser.AssertNoConsoleErrors();
    }

    /// <summary>Follows a link that opens a tab, waits for the file and answers its type; a PDF's tab is closed again.</summary>
    private string OpenInTab(By link, string task)
    {
        browser.Driver.FindElement(link).Click();
        var tab = browser.Until(d => d.WindowHandles.FirstOrDefault(h => h != task), "the attachment's tab")!;
        browser.Driver.SwitchTo().Window(tab);
        browser.Until(d => d.Url.Contains("/attachments/", StringComparison.Ordinal)
            && ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState") as string == "complete", "the file to load");
        var type = (string)((IJavaScriptExecutor)browser.Driver).ExecuteScript("return document.contentType")!;
        if (type == "application/pdf")
        {
            browser.Driver.Close();
            browser.Driver.SwitchTo().Window(task);
        }
        return type;
    }

    private static async Task<JsonNode> GetAsync(HttpClient http, string user, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User", user);
        using var response = await http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task UploadAsync(HttpClient http, string user, string applicationId, byte[] content, string name, string? kind)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/applications/{applicationId}/attachments" + (kind is null ? "" : "?kind=" + kind))
        {
            Content = new MultipartFormDataContent { { file, "file", name } },
        };
        request.Headers.Add("X-User", user);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> OpenTaskAsync(HttpClient http, string user, string instanceId, string title)
    {
        var instance = await GetAsync(http, user, $"api/instances/{instanceId}");
        return (string)instance["tasks"]!.AsArray().Single(t => (string?)t!["title"] == title && (string?)t["status"] == "Open")!["taskId"]!;
    }

    private static async Task DecideAsync(HttpClient http, string user, string instanceId, string title, string comment)
    {
        var taskId = await OpenTaskAsync(http, user, instanceId, title);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"api/tasks/{instanceId}/{taskId}/decision")
        {
            Content = JsonContent.Create(new { outcome = "approve", comment }),
        };
        request.Headers.Add("X-User", user);
        using var response = await http.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
