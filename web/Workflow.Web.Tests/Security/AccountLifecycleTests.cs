using System.Net;
using System.Net.Http.Json;
using System.Text;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Accounts outside demo mode, on the demo organisation: an administrator opens an account with a temporary password,
/// which must be changed before anything else; sign-out revokes the session; deactivating someone in the organisation
/// ends their session on the next request.
/// </summary>
public sealed class AccountLifecycleTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private const string NewPassword = "Jieshi#Review-2027";

    [Fact]
    public async Task DemoPassword_OutsideDemoMode_OpensNothing()
    {
        var session = new PageSession(PageSession.Anonymous(factory));

        var response = await session.SubmitSignInAsync("wangfang", "Demo@2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("signin-error", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewAccount_MustChangeItsTemporaryPassword_BeforeAnythingElse()
    {
        var temporary = await OpenAccountAsync("zhaolei");
        var session = new PageSession(PageSession.Anonymous(factory));

        var signedIn = await session.SubmitSignInAsync("zhaolei", temporary);
        var inbox = await session.Client.GetAsync("/inbox");
        var api = await session.Client.GetAsync("/api/inbox");
        var changed = await session.SubmitAsync("/account/password", new Dictionary<string, string>
        {
            ["Current"] = temporary,
            ["Next"] = NewPassword,
            ["Confirm"] = NewPassword,
        });

        Assert.Equal("/account/password", signedIn.Headers.Location!.OriginalString);
        Assert.Equal("/account/password", inbox.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Forbidden, api.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("赵磊", await session.HtmlAsync("/inbox"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpeningAnAccount_NeedsAnAdministrator_AndAnActivePersonOfTheOrganisation()
    {
        var api = new CaseworkClient(factory.CreateClient());

        var byOfficer = await api.SendAsync(HttpMethod.Post, "zhangwei", "/api/admin/accounts", JsonContent.Create(new { loginName = "lina", userId = "lina" }));
        var stranger = await api.SendAsync(HttpMethod.Post, "admin", "/api/admin/accounts", JsonContent.Create(new { loginName = "nobody", userId = "nobody" }));

        var otherDistrict = await api.SendAsync(HttpMethod.Post, "admin", "/api/admin/accounts", JsonContent.Create(new { loginName = "lp-district", userId = "lp-district" }));

        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.Status);
        Assert.Equal(HttpStatusCode.Forbidden, otherDistrict.Status);
        Assert.Equal(HttpStatusCode.BadRequest, stranger.Status);
        Assert.Equal("userId", (string?)stranger.Body!["errors"]!.AsObject().Single().Key);
    }

    [Fact]
    public async Task SignOut_RevokesTheSession_EvenForACopyOfTheCookie()
    {
        var (session, cookie) = await SignedInAsync("liuyan");
        var copy = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        copy.DefaultRequestHeaders.Add("Cookie", cookie);
        copy.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        var before = await copy.GetAsync("/inbox");
        await SignOutAsync(session);
        var after = await copy.GetAsync("/inbox");

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeactivatingAPersonInTheOrganisation_EndsTheirSessionOnTheNextRequest()
    {
        var (session, _) = await SignedInAsync("sunli");
        Assert.Equal(HttpStatusCode.OK, (await session.Client.GetAsync("/inbox")).StatusCode);

        await SetActiveAsync("sunli", active: false);
        var after = await session.Client.GetAsync("/inbox");
        var api = await session.Client.GetAsync("/api/inbox");
        await SetActiveAsync("sunli", active: true);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("signin", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private async Task<string> OpenAccountAsync(string userId)
    {
        var api = new CaseworkClient(factory.CreateClient());
        var created = await api.OkAsync(HttpMethod.Post, "admin", "/api/admin/accounts", new { loginName = userId, userId }, HttpStatusCode.Created);
        Assert.True((bool)created["mustChangePassword"]!);
        return (string)created["temporaryPassword"]!;
    }

    /// <summary>Signs in with a new account and changes its password; returns the session and its sign-in cookie.</summary>
    private async Task<(PageSession Session, string Cookie)> SignedInAsync(string userId)
    {
        var temporary = await OpenAccountAsync(userId);
        var session = new PageSession(PageSession.Anonymous(factory));
        await session.SubmitSignInAsync(userId, temporary);
        var changed = await session.SubmitAsync("/account/password", new Dictionary<string, string>
        {
            ["Current"] = temporary,
            ["Next"] = NewPassword,
            ["Confirm"] = NewPassword,
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var cookie = changed.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("wf.auth=", StringComparison.Ordinal));
        return (session, cookie[..cookie.IndexOf(';', StringComparison.Ordinal)]);
    }

    private static async Task SignOutAsync(PageSession session)
    {
        var html = await session.HtmlAsync("/inbox");
        var token = PageSession.Token(html);
        var response = await session.Client.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task SetActiveAsync(string userId, bool active)
    {
        var api = new CaseworkClient(factory.CreateClient());
        var (_, org, response) = await api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        var version = response.Headers.GetValues("X-Version").Single();
        var user = org!["users"]!.AsArray().Single(u => (string?)u!["id"] == userId)!;
        user["active"] = active;
        var content = new StringContent(org.ToJsonString(), Encoding.UTF8, "application/json");
        var (status, body, _) = await api.SendAsync(HttpMethod.Put, "admin", $"/api/org?version={version}", content);
        Assert.True(status == HttpStatusCode.OK, body?.ToJsonString());
    }
}
