using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Support;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>统计看板 over the demo cases: the page shows the database's figures with names, and the JSON endpoint agrees.</summary>
public sealed class DashboardPageTests : IDisposable
{
    private readonly RepositoryDefinitionsFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Dashboard_ShowsTheFiguresOfEveryCaseInScope_WithNames()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);
        var names = _factory.Services.GetRequiredService<Names>();

        var html = await admin.Pages.HtmlAsync("/admin/dashboard");
        var response = await admin.Pages.Client.GetAsync("/api/dashboard?limit=10");
        var figures = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cases = figures["cases"]!.GetValue<long>();
        Assert.True(cases > 0, "the demo data has cases");
        Assert.Contains($"id=\"case-total\">{cases}<", html, StringComparison.Ordinal);
        Assert.Equal(12, figures["months"]!.AsArray().Count);
        Assert.Contains("<svg id=\"chart-months\"", html, StringComparison.Ordinal);
        Assert.Contains("各环节平均办理用时", html, StringComparison.Ordinal);
        foreach (var item in figures["byItemAndMonth"]!.AsArray())
        {
            var id = item!["definitionId"]!.GetValue<string>();
            Assert.Contains($"<th scope=\"row\">{names.Item(id)}</th>", html, StringComparison.Ordinal);
        }
        foreach (var township in figures["onTimeByTownship"]!.AsArray())
        {
            var code = township!["key"]!.GetValue<string>();
            Assert.Contains($"title=\"{code}\">{names.Division(code)}</span>", html, StringComparison.Ordinal);
        }
        Assert.Contains("超期未办", html, StringComparison.Ordinal);
        Assert.Contains("即将到期", html, StringComparison.Ordinal);
        Assert.DoesNotContain("style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html.Replace("<script src=", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DashboardApi_OutOfRangeLimit_AnswersInChinese400()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);

        var response = await admin.Pages.Client.GetAsync("/api/dashboard?limit=0");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
