using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>The window clerk's pages: intake, receipt, the list, 统一出件 with masking and reveal, the notice.</summary>
public sealed class WindowPageTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task Intake_ValidApplication_RedirectsToTheReceiptWithBothItems()
    {
        var clerk = await SignInAsync(factory, "wangfang");

        var id = await AcceptAsync(clerk, "黄桂兰", 101);

        var receipt = await clerk.HtmlAsync($"/window/applications/{id}/receipt?accepted=true&attached=0&refused=0");
        Assert.Contains("社会救助申请受理回执", receipt, StringComparison.Ordinal);
        Assert.Contains("黄桂兰", receipt, StringComparison.Ordinal);
        Assert.Contains("最低生活保障", receipt, StringComparison.Ordinal);
        Assert.Contains("教育救助", receipt, StringComparison.Ordinal);
        Assert.Contains("data-print", receipt, StringComparison.Ordinal);
        Assert.DoesNotContain(IdNumber("19700101", 101), receipt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_SameFormTwice_AcceptsOneApplication()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var form = Intake("孔繁荣", IdNumber("19700101", 102), IdNumber("20120305", 102), Guid.NewGuid().ToString("N"));

        var first = await clerk.PostAsync("/window/intake", null, form);
        var second = await clerk.PostAsync("/window/intake", null, form);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task Intake_BadIdNumbersAndNoConsent_ShowErrorsBesideTheirFields_AndAcceptNothing()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var good = IdNumber("19700101", 103);
        var form = Intake("错号码", good[..17] + (good[17] == '1' ? '2' : '1'), "12345", Guid.NewGuid().ToString("N"))
            .Where(f => f.Key != "Input.Consent").ToList();

        var response = await clerk.PostAsync("/window/intake", null, form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-error-for=\"applicant.idNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("data-error-for=\"household[0].idNumber\"", html, StringComparison.Ordinal);
        Assert.Contains("data-error-for=\"consentToFinancialCheck\"", html, StringComparison.Ordinal);
        Assert.Contains("申请信息有误", html, StringComparison.Ordinal);
        Assert.Contains("value=\"错号码\"", html, StringComparison.Ordinal);
        var list = await clerk.HtmlAsync("/window/applications");
        Assert.DoesNotContain("错号码", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_WithAttachmentInTheSameForm_StoresTheFile()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var html = await clerk.HtmlAsync("/window/intake");
        using var form = new MultipartFormDataContent { { new StringContent(PageSession.Token(html)), "__RequestVerificationToken" } };
        foreach (var (name, value) in Intake("附件户", IdNumber("19700101", 104), IdNumber("20120305", 104), Guid.NewGuid().ToString("N")))
        {
            form.Add(new StringContent(value), name);
        }
        var pdf = new ByteArrayContent("%PDF-1.4\n%测试\n"u8.ToArray());
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "attachments", "户口簿.pdf");

        var response = await clerk.Client.PostAsync("/window/intake", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("attached=1", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var id = ApplicationId().Match(response.Headers.Location.OriginalString).Groups[1].Value;
        Assert.Contains("户口簿.pdf", await clerk.HtmlAsync($"/window/applications/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refusal_WithoutReason_ShowsTheError_WithReason_PrintsTheRefusalNotice()
    {
        var clerk = await SignInAsync(factory, "wangfang");

        var missing = await clerk.PostAsync("/window/intake", "Refuse", [F("Refusal.ApplicantName", "不受理户")]);
        var refused = await clerk.PostAsync("/window/intake", "Refuse", [F("Refusal.ApplicantName", "不受理户"), F("Refusal.Reason", "申请人户籍不在本辖区")]);

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("不予受理须说明理由", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var notice = await clerk.HtmlAsync(refused.Headers.Location!.OriginalString);
        Assert.Contains("不予受理告知书", notice, StringComparison.Ordinal);
        Assert.Contains("申请人户籍不在本辖区", notice, StringComparison.Ordinal);
        Assert.Contains("行政复议", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Intake_ForAVillageAssistant_IsForbidden()
    {
        var assistant = await SignInAsync(factory, "lina");

        var response = await assistant.Client.GetAsync("/window/intake");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("无权访问", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationPage_MasksPersonalData_RevealWithReasonShowsItOnceAndIsAudited()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "隐私户", 105);
        var full = IdNumber("19700101", 105);
        var url = $"/window/applications/{id}";

        var page = await clerk.HtmlAsync(url);
        var noReason = await clerk.PostAsync(url, "Reveal", [F("field", "applicant.idNumber"), F("reason", "")]);
        var revealed = await clerk.PostAsync(url, "Reveal", [F("field", "applicant.idNumber"), F("reason", "核对户籍信息")]);

        Assert.DoesNotContain(full, page, StringComparison.Ordinal);
        Assert.Contains("13812345678"[..3] + "****" + "5678", page, StringComparison.Ordinal);
        Assert.Contains("请填写查看原因", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains(full, await revealed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(full, await clerk.HtmlAsync(url), StringComparison.Ordinal);
        var audit = await Api("wangfang").GetStringAsync($"/api/applications/{id}/audit");
        var reveals = JsonNode.Parse(audit)!.AsArray().Where(a => (string?)a!["action"] == "pii.reveal").ToList();
        Assert.Single(reveals);
        Assert.DoesNotContain(full, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApplicationPages_OfAnotherWindow_Are404()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "他区户", 106);
        var other = await SignInAsync(factory, "lp-window");

        foreach (var url in new[] { $"/window/applications/{id}", $"/window/applications/{id}/receipt", $"/window/applications/{id}/notice" })
        {
            var response = await other.Client.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("他区户", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.DoesNotContain("他区户", await other.HtmlAsync("/window/applications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListAndResultPages_ShowEachSubCase_AndTheNoticeSaysItIsNotFinalYet()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "列表户", 107);

        var list = await clerk.HtmlAsync("/window/applications");
        var result = await clerk.HtmlAsync($"/window/applications/{id}");
        var notice = await clerk.HtmlAsync($"/window/applications/{id}/notice");

        Assert.Contains($"data-application=\"{id}\"", list, StringComparison.Ordinal);
        Assert.Contains("data-item=\"education-assistance\"", list, StringComparison.Ordinal);
        Assert.Contains("教育局", list, StringComparison.Ordinal);
        Assert.Contains("data-item=\"dibao\"", result, StringComparison.Ordinal);
        Assert.Contains("受理低保申请", result, StringComparison.Ordinal);
        Assert.Contains("社会救助审核审批结果告知书", notice, StringComparison.Ordinal);
        Assert.Contains("尚未全部办结", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SupplementRequestedOnTheTask_IsListedAtTheWindow_AndSupplyResumesIt()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "补正户", 108);
        var (instance, task) = await OpenTaskAsync("wangfang", id, "dibao");
        var taskUrl = $"/tasks/{instance}/{task}";

        var requested = await clerk.PostAsync(taskUrl, "Operation", [F("Op.Op", "supplement"), F("Op.Missing", "户口簿复印件\n收入证明"), F("Op.AutoCloseDays", "60")]);
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        var page = await clerk.HtmlAsync($"/window/applications/{id}");
        Assert.Contains("户口簿复印件", page, StringComparison.Ordinal);
        Assert.Contains("收入证明", page, StringComparison.Ordinal);

        var supplied = await clerk.PostAsync($"/window/applications/{id}", "Supply",
            [F("instanceId", instance), F("taskId", task), F("supplied", "户口簿复印件"), F("supplied", "收入证明"), F("requestKey", Guid.NewGuid().ToString("N"))]);

        Assert.Equal(HttpStatusCode.Redirect, supplied.StatusCode);
        var after = await clerk.HtmlAsync(supplied.Headers.Location!.OriginalString);
        Assert.Contains("已登记补正材料", after, StringComparison.Ordinal);
        Assert.Contains("id=\"no-supplements\"", after, StringComparison.Ordinal);
    }

    private HttpClient Api(string user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }

    private async Task<(string Instance, string Task)> OpenTaskAsync(string user, string applicationId, string item)
    {
        var application = JsonNode.Parse(await Api(user).GetStringAsync($"/api/applications/{applicationId}"))!;
        var sub = application["subCases"]!.AsArray().Single(s => (string?)s!["itemCode"] == item)!;
        var step = sub["openSteps"]!.AsArray().First()!;
        return ((string)sub["instanceId"]!, (string)step["taskId"]!);
    }
}
