using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

public sealed class HomePageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Home_WithCases_RendersChineseDefinitionsAndOpenTasks()
    {
        await _client.StartCaseAsync("李桂兰");

        var response = await _client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<title>民政救助审批平台</title>", html, StringComparison.Ordinal);
        Assert.Contains("测试审批流程", html, StringComparison.Ordinal);
        Assert.Contains("李桂兰", html, StringComparison.Ordinal);
        Assert.Contains("入户调查", html, StringComparison.Ordinal);
        Assert.Contains("办理中", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_ApplicantNameWithScript_IsHtmlEncoded()
    {
        await _client.StartCaseAsync("<script>alert('x')</script>王五");

        var html = await (await _client.GetAsync("/")).Content.ReadAsStringAsync();

        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Home_Response_CarriesSecurityHeaders()
    {
        var response = await _client.GetAsync("/");

        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stylesheet_IsServedFromTheSite()
    {
        var response = await _client.GetAsync("/css/site.css");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
    }
}
