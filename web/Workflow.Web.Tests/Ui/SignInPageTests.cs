using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

public sealed class SignInPageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    [Theory]
    [InlineData("/inbox")]
    [InlineData("/")]
    [InlineData("/definitions")]
    [InlineData("/cases/any-case")]
    public async Task Page_WithoutSignIn_RedirectsToSignIn(string url)
    {
        var response = await PageSession.Anonymous(factory).GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin?ReturnUrl=", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithRightPassword_SetsStrictHttpOnlyCookieAndGoesToInbox()
    {
        await PageSession.EnsureAccountAsync(factory, TestActor.VillageAssistant, "李娜");
        var session = new PageSession(PageSession.Anonymous(factory));

        var response = await session.SubmitSignInAsync("lina", PageSession.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/inbox", response.Headers.Location!.OriginalString);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wf.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var inbox = await session.HtmlAsync("/inbox");
        Assert.Contains("李娜", inbox, StringComparison.Ordinal);
        Assert.Contains("测试岗位", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithWrongPassword_OrUnknownLogin_ShowsTheSameChineseError()
    {
        await PageSession.EnsureAccountAsync(factory, TestActor.TownshipReviewer);
        var session = new PageSession(PageSession.Anonymous(factory));

        var response = await session.SubmitSignInAsync("zhangwei", "wrong");
        var unknown = await new PageSession(PageSession.Anonymous(factory)).SubmitSignInAsync("no-such-login", "wrong");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(WebUtility.HtmlEncode(Workflow.Web.Ui.SignInModel.FailedMessage), html, StringComparison.Ordinal);
        Assert.Equal(ErrorOf(html), ErrorOf(await unknown.Content.ReadAsStringAsync()));
        Assert.DoesNotContain("wf.auth=", string.Join(";", response.Headers.TryGetValues("Set-Cookie", out var c) ? c : []), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_PostWithoutAntiforgeryToken_IsRejectedWith400ChinesePage()
    {
        var client = PageSession.Anonymous(factory);
        await client.GetAsync("/signin");

        var response = await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginName"] = "lina",
            ["Password"] = PageSession.Password,
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请求无效", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignOut_EndsTheSession()
    {
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);
        var inbox = await session.HtmlAsync("/inbox");

        var response = await session.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageSession.Token(inbox),
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var after = await session.Client.GetAsync("/inbox");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static string ErrorOf(string html)
    {
        var start = html.IndexOf("id=\"signin-error\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</div>", start, StringComparison.Ordinal)];
    }
}
