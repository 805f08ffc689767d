using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Tests.Ui;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Evidence;

/// <summary>
/// 入户照片 on a case without an application (issue 12): a 12345 child-protection case, whose 应急处置：入户查看 the village
/// 儿童主任 does on the phone. The case keeps the photo itself; the task and case pages show it, it opens inline, and
/// nobody outside the case reaches it.
/// </summary>
public sealed partial class CaseVisitPhotoTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task ChildDirector_AtTheVisitOfATicketCase_AddsAPhotoTheTaskAndCasePagesShowAndOpenInline()
    {
        // Given: a 12345 case opened by the county 未保中心; its 入户查看 is the 儿童主任 周洁's
        var instanceId = await StartTicketCaseAsync();
        var zhoujie = await SignInAsync(factory, "zhoujie");
        var taskPage = TaskLink(await zhoujie.HtmlAsync("/inbox"), instanceId);
        var form = await zhoujie.HtmlAsync(taskPage);

        // When
        var posted = await PostPhotoAsync(zhoujie, taskPage, form);

        // Then: back to the task page, where the evidence shows the photo; the case page lists it as the case's own material
        Assert.Contains("capture=\"environment\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Contains("?photo=added", posted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var task = await zhoujie.HtmlAsync(taskPage + "?photo=added");
        Assert.Contains("照片已上传", task, StringComparison.Ordinal);
        var photoUrl = WebUtility.HtmlDecode(PhotoLink().Match(task).Groups[1].Value);
        Assert.StartsWith($"/api/instances/{instanceId}/attachments/", photoUrl, StringComparison.Ordinal);
        var casePage = await zhoujie.HtmlAsync($"/cases/{instanceId}");
        Assert.Contains("本案材料", casePage, StringComparison.Ordinal);
        Assert.Contains("入户照片.png", casePage, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(photoUrl), casePage, StringComparison.Ordinal);

        // And it opens in the browser, as the file it is and nothing else
        var opened = await zhoujie.Client.GetAsync(photoUrl);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal("image/png", opened.Content.Headers.ContentType!.MediaType);
        Assert.Equal("inline", opened.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", opened.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(Workflow.Web.Api.AttachmentResponse.ContentSecurityPolicy, opened.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal(CaseVisitPhotoPng, await opened.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task CaseVisitPhoto_ForSomeoneOutsideTheCaseOrNotAtTheVisit_IsNotFoundOrForbidden()
    {
        // Given: a ticket case with a photo the 儿童主任 took
        var instanceId = await StartTicketCaseAsync();
        var zhoujie = await SignInAsync(factory, "zhoujie");
        var taskPage = TaskLink(await zhoujie.HtmlAsync("/inbox"), instanceId);
        await PostPhotoAsync(zhoujie, taskPage, await zhoujie.HtmlAsync(taskPage));
        var photoUrl = WebUtility.HtmlDecode(PhotoLink().Match(await zhoujie.HtmlAsync(taskPage)).Groups[1].Value);
        var lina = await SignInAsync(factory, "lina");
        var huangmin = await SignInAsync(factory, "huangmin");

        // When: the village 协理员 (whom child protection does not name) and the centre (who sees the case, not at the visit) try
        var linaOpens = await lina.Client.GetAsync(photoUrl);
        var linaPosts = await PostPhotoAsync(lina, taskPage, await lina.HtmlAsync("/account/password"));
        var centrePage = await huangmin.HtmlAsync(taskPage);
        var centrePosts = await PostPhotoAsync(huangmin, taskPage, await huangmin.HtmlAsync("/account/password"));
        var otherDistrict = await Api("lp-window").GetAsync(photoUrl);

        // Then: out of sight is 404, in sight but not at the step is 403 and no form; the centre still sees the photo
        Assert.Equal(HttpStatusCode.NotFound, linaOpens.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, linaPosts.StatusCode);
        Assert.DoesNotContain("id=\"visit-photo-form\"", centrePage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, centrePosts.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherDistrict.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await huangmin.Client.GetAsync(photoUrl)).StatusCode);
        Assert.Contains(WebUtility.HtmlEncode(photoUrl), await huangmin.HtmlAsync($"/cases/{instanceId}"), StringComparison.Ordinal);
    }

    /// <summary>The smallest PNG (1×1), under the test host's attachment limit.</summary>
    private static byte[] CaseVisitPhotoPng => EvidenceCase.Png;

    private async Task<string> StartTicketCaseAsync()
    {
        var instanceId = "cp-photo-" + Guid.NewGuid().ToString("N")[..8];
        var started = await factory.Services.GetRequiredService<WorkflowExecutor>().ExecuteAsync(new StartInstance(instanceId, "child-protection", null,
            new() { ["divisionCode"] = DemoData.Village, ["applicantName"] = "小红", ["childProtection"] = true, ["ticketNumber"] = "GD20261203-0003" }), default);
        Assert.Null(started.Rejection);
        var instance = JsonNode.Parse(await Api("huangmin").GetStringAsync($"/api/instances/{instanceId}"))!;
        var opening = (string)instance["tasks"]!.AsArray().Single(t => (string?)t!["status"] == "Open")!["taskId"]!;
        var decided = await Api("huangmin").PostAsJsonAsync($"/api/tasks/{instanceId}/{opening}/decision", new { outcome = "opened", comment = "立案" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        return instanceId;
    }

    /// <summary>Posts the photo as the task page's form does: multipart, with the page's anti-forgery token.</summary>
    private static async Task<HttpResponseMessage> PostPhotoAsync(PageSession session, string taskPage, string html)
    {
        var file = new ByteArrayContent(CaseVisitPhotoPng);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { new StringContent(PageSession.Token(html)), "__RequestVerificationToken" }, { file, "photo", "入户照片.png" } };
        return await session.Client.PostAsync(taskPage + "/photos", form);
    }

    private HttpClient Api(string user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }

    private static string TaskLink(string inbox, string instanceId) =>
        WebUtility.HtmlDecode(Regex.Match(inbox, $"href=\"(/tasks/{instanceId}/[^\"]+)\"").Groups[1].Value);

    [GeneratedRegex("<img src=\"([^\"]+)\" alt=\"入户调查照片")]
    private static partial Regex PhotoLink();
}
