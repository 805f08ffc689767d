using System.Net;
using Workflow.Web.Tests.Casework;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// 案件查询 and 受理记录 search and page in SQL within the access policy: filters narrow what the caller may see, a name
/// search finds nothing for a supervisor who sees cases only as facts, bad dates are a Chinese message (never a 500),
/// and rows show names instead of codes.
/// </summary>
public sealed class ListPagesTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task CaseList_SearchByApplicant_ShowsOnlyTheirCases_WithNames()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        await AcceptAsync(clerk, "查询甲", 301);
        await AcceptAsync(clerk, "查询乙", 302);
        var officer = await SignInAsync(factory, "zhangwei");

        var html = await officer.HtmlAsync("/?applicant=" + Uri.EscapeDataString("查询甲"));

        Assert.Contains("查询甲", html, StringComparison.Ordinal);
        Assert.DoesNotContain("查询乙", html, StringComparison.Ordinal);
        Assert.Contains("最低生活保障", html, StringComparison.Ordinal);
        Assert.Contains("class=\"division\" title=\"500113102001\">桂花村", html, StringComparison.Ordinal);
        Assert.DoesNotContain("第 1 版", html, StringComparison.Ordinal);
        Assert.Contains("id=\"export-cases\"", html, StringComparison.Ordinal);
        Assert.Contains("第 1 / 1 页", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_ApiPages_CountAllMatches()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        for (var n = 0; n < 6; n++)
        {
            await AcceptAsync(clerk, "分页测试", 310 + n);
        }

        var first = await _api.OkAsync(HttpMethod.Get, "zhangwei", "/api/instances?applicant=" + Uri.EscapeDataString("分页测试") + "&pageSize=10");
        var second = await _api.OkAsync(HttpMethod.Get, "zhangwei", "/api/instances?applicant=" + Uri.EscapeDataString("分页测试") + "&pageSize=10&page=2");

        var total = (int)first["total"]!;
        Assert.True(total > 10, $"{total} cases");
        Assert.Equal(10, first["cases"]!.AsArray().Count);
        Assert.Equal(total - 10, second["cases"]!.AsArray().Count);
        Assert.Empty(first["cases"]!.AsArray().Select(c => (string)c!["instanceId"]!).Intersect(second["cases"]!.AsArray().Select(c => (string)c!["instanceId"]!)));
    }

    [Fact]
    public async Task CaseList_OutOfScope_FindsNothing_AndASupervisorsNameSearchFindsNothing()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        await AcceptAsync(clerk, "范围测试", 320);

        var police = await SignInAsync(factory, "wangjun");
        var supervisor = await SignInAsync(factory, "dudao");
        var outside = await police.HtmlAsync("/?applicant=" + Uri.EscapeDataString("范围测试"));
        var byName = await supervisor.HtmlAsync("/?applicant=" + Uri.EscapeDataString("范围测试"));
        var facts = await supervisor.HtmlAsync("/?item=dibao");

        Assert.Contains("没有符合条件的案件", outside, StringComparison.Ordinal);
        Assert.Contains("没有符合条件的案件", byName, StringComparison.Ordinal);
        Assert.Contains("id=\"cases\"", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("范围测试", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CaseList_BadDateOrStatus_ShowsAChineseMessage()
    {
        var officer = await SignInAsync(factory, "zhangwei");

        var html = await officer.HtmlAsync("/?from=2026-13-40&status=nonsense");
        var api = await _api.SendAsync(HttpMethod.Get, "zhangwei", "/api/instances?to=yesterday");

        Assert.Contains("查询条件有误", html, StringComparison.Ordinal);
        Assert.Contains("起始日期格式应为", html, StringComparison.Ordinal);
        Assert.Contains("没有这个办理状态", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.Status);
        Assert.Contains("截止日期格式应为", api.Body!["detail"]!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Applications_SearchByCaseNumberAndStatus_NarrowsTheList()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "受理查询", 330);
        var application = await _api.OkAsync(HttpMethod.Get, "wangfang", $"/api/applications/{id}");
        var number = (string)application["caseNumber"]!;

        var found = await clerk.HtmlAsync("/window/applications?caseNumber=" + Uri.EscapeDataString(number));
        var refused = await clerk.HtmlAsync("/window/applications?caseNumber=" + Uri.EscapeDataString(number) + "&status=refused");
        var api = await _api.SendAsync(HttpMethod.Get, "wangfang", "/api/applications?applicant=" + Uri.EscapeDataString("受理查询"));

        Assert.Contains("受理查询", found, StringComparison.Ordinal);
        Assert.Contains("共 1 条", found, StringComparison.Ordinal);
        Assert.Contains("class=\"division\" title=\"500113102000\"", found, StringComparison.Ordinal);
        Assert.Contains("暂无符合条件的受理记录", refused, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, api.Status);
        Assert.Equal("1", api.Response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(number, (string)api.Body!.AsArray().Single()!["caseNumber"]!);
    }

    [Fact]
    public async Task Applications_DivisionAndDueDatesInTheAddress_NeitherShownNorCarried()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        await AcceptAsync(clerk, "受理不带区划", 331);

        var html = await clerk.HtmlAsync("/window/applications?applicant=" + Uri.EscapeDataString("受理不带区划")
            + "&division=500113102001&dueFrom=2026-01-01&dueTo=2026-12-31&pageSize=1");

        Assert.Contains("共 1 条", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"division\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("name=\"dueFrom\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("division=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dueFrom=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dueTo=", html, StringComparison.Ordinal);
        Assert.Contains("/api/exports/applications?applicant=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_NamesItemsAndDivisions_WithTheCodeOnHover()
    {
        var officer = await SignInAsync(factory, "zhangwei");

        var html = await officer.HtmlAsync("/inbox");

        Assert.Contains("class=\"division\" title=\"500113102001\">桂花村", html, StringComparison.Ordinal);
        Assert.Contains("残疾人两项补贴", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>500113102001</td>", html, StringComparison.Ordinal);
    }
}
