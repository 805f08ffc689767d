using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

public sealed class HomePageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _api = factory.CreateClient();

    [Fact]
    public async Task Home_WithCases_RendersChineseCaseListWithOpenTasks()
    {
        await _api.StartCaseAsync("李桂兰");
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync("/");

        Assert.Contains("<title>案件查询 - 民政救助审批平台</title>", html, StringComparison.Ordinal);
        Assert.Contains("李桂兰", html, StringComparison.Ordinal);
        Assert.Contains("入户调查", html, StringComparison.Ordinal);
        Assert.Contains("办理中", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ApplicantNameWithScript_IsHtmlEncoded()
    {
        await _api.StartCaseAsync("<script>alert('x')</script>王五");
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync("/");

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_AndLoadScriptsFromTheSiteOnly()
    {
        var response = await PageSession.Anonymous(factory).GetAsync("/signin");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        // No inline script or style that the CSP would block: every script has a src, no style attributes.
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)", html);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/js/site.js", "text/javascript")]
    [InlineData("/js/errors.js", "text/javascript")]
    public async Task Assets_AreServedFromTheSite(string url, string type)
    {
        var response = await _api.GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Definitions_ListsVersions_ToAnAdministrator()
    {
        var session = await PageSession.SignInAsync(factory, TestActor.Administrator);
        var reviewer = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var denied = await reviewer.Client.GetAsync("/definitions");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/error/403", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        var html = await session.HtmlAsync("/definitions");

        Assert.Contains("测试审批流程", html, StringComparison.Ordinal);
        Assert.Contains("第 1 版", html, StringComparison.Ordinal);
    }
}
