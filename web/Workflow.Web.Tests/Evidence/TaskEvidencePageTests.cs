using System.Net;
using Workflow.Web.Api;
using Workflow.Web.Hosting.Demo;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Evidence;

/// <summary>
/// The task page shows what the officer weighs (issue 12): household, data-check findings with source and dates, the
/// 入户调查 record and photo, attachments opened in the browser, the standard — each under a Chinese label, masked,
/// and not at all for someone who does not see the case. The timeline shows people's acts, bookkeeping on request.
/// </summary>
public sealed class TaskEvidencePageTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task TaskPage_ReviewStep_ShowsLabelledMaskedEvidence()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319680808321"));
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync(evidence.TaskPage);

        foreach (var label in new[] { "办理依据", "家庭成员", "与申请人关系", "申请人", "配偶", "李国强", "家庭经济状况核对（收入、财产）", "核对来源",
            "人社：社保与就业", "已返回", "返回时间", "月收入约 1200 元", "入户调查记录", "入户调查（家庭经济状况）", "家中两人，配偶灵活就业",
            "入户调查照片", "申请材料", "申请书.pdf", "适用标准", "低保标准（每人每月）", "700 元", "历次办理意见" })
        {
            Assert.Contains(label, html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(EvidenceCase.SpouseId, html, StringComparison.Ordinal);
        Assert.DoesNotContain(EvidenceCase.VisitPhone, html, StringComparison.Ordinal);
        Assert.Contains($"href=\"{evidence.PdfUrl}\"", html, StringComparison.Ordinal);
        Assert.Contains($"src=\"{evidence.PhotoUrl}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("hrss", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_OfficerOfAnotherTownship_Gets404()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319680909322"));
        var session = await PageSession.SignInAsync(factory, new TestActor("dz-township", ["民政办"], [DemoOrganisation.Tongchuan], []));

        var response = await session.Client.GetAsync(evidence.TaskPage);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task TaskPage_Supervisor_SeesTheStandardButNoHouseholdFindingsOrFiles()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319680313326"));
        var session = await PageSession.SignInAsync(factory, new TestActor("dudao", ["督办"], [DemoOrganisation.Banan], []));

        var html = await session.HtmlAsync(evidence.TaskPage);

        Assert.Contains("id=\"evidence-facts-only\"", html, StringComparison.Ordinal);
        Assert.Contains("低保标准（每人每月）", html, StringComparison.Ordinal);
        foreach (var personal in new[] { "李国强", "月收入约 1200 元", "家中两人", "申请书.pdf", evidence.PhotoUrl })
        {
            Assert.DoesNotContain(personal, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Attachment_Photo_OpensInlineWithItsTypeNosniffAndOwnCsp_AndOutOfSightIs404()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319681010323"));

        using var response = await OpenAsync("zhangwei", evidence.PhotoUrl);
        using var stranger = await OpenAsync("dz-township", evidence.PhotoUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EvidenceCase.Png, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("inline", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        Assert.Equal("入户照片.png", response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal(AttachmentResponse.ContentSecurityPolicy, Assert.Single(response.Headers.GetValues("Content-Security-Policy")));
        Assert.Equal(HttpStatusCode.NotFound, stranger.StatusCode);
    }

    private async Task<HttpResponseMessage> OpenAsync(string user, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-User", user);
        return await factory.CreateClient().SendAsync(request);
    }

    [Fact]
    public void AttachmentResponse_OtherTypes_Download()
    {
        Assert.True(AttachmentResponse.OpensInline("application/pdf"));
        Assert.True(AttachmentResponse.OpensInline("image/jpeg"));
        Assert.False(AttachmentResponse.OpensInline("image/svg+xml"));
        Assert.False(AttachmentResponse.OpensInline("text/html"));
    }

    [Fact]
    public async Task Timeline_HidesBookkeepingBehindTheToggle_AndNamesPeople()
    {
        var evidence = await EvidenceCase.CreateAsync(_api, CaseworkClient.Id("50011319681111324"));
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync(evidence.TaskPage);

        Assert.Contains("<input type=\"checkbox\" id=\"show-system\" class=\"show-system\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"show-system\" class=\"show-system-label\">显示系统记录</label>", html, StringComparison.Ordinal);
        Assert.Matches("<li class=\"system\">\\s*<time>[^<]*</time>\\s*<span class=\"who\">系统</span>\\s*<span class=\"what\">进入流程</span>", html);
        Assert.Matches("<li class=\"decision\">\\s*<time>[^<]*</time>\\s*<span class=\"who\">李娜</span>\\s*<span class=\"what\">办理意见：同意</span>", html);
        Assert.Matches("<li class=\"decision\">\\s*<time>[^<]*</time>\\s*<span class=\"who\">系统</span>\\s*<span class=\"what\">案件启动", html);
    }
}
