using System.Net;
using System.Text;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Security;

/// <summary>An unsafe API request that rides on the sign-in cookie needs a page's anti-forgery token (no cross-site forgery).</summary>
public sealed class ApiAntiforgeryTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task CookieCaller_WithoutAToken_Is400_WithAPagesToken_GoesThrough()
    {
        var session = await DemoSession.SignInAsync(factory, "wangfang");
        var token = PageSession.Token(await session.HtmlAsync("/inbox"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications/no-such-application/reveal") { Content = Json("""{"field":"applicant.idNumber","reason":"核对"}""") };
        request.Headers.Add("RequestVerificationToken", token);
        var genuine = await session.Client.SendAsync(request);
        using var bare = new HttpRequestMessage(HttpMethod.Post, "/api/applications/no-such-application/reveal") { Content = Json("""{"field":"applicant.idNumber","reason":"核对"}""") };
        var withoutToken = await session.Client.SendAsync(bare);

        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Contains("防伪令牌", await withoutToken.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, genuine.StatusCode);
    }

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");
}
