using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Accounts;
using Workflow.Web.Tests.Support;
using Workflow.Engine.Persistence.Accounts;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// A browser-like client of the pages: keeps cookies, asks for HTML, does not follow redirects (tests look at them),
/// and signs in through the real form with its anti-forgery token. The account is added to the host's store first.
/// </summary>
public sealed partial class PageSession(HttpClient client)
{
    public const string Password = "Test@2026-pass";

    public HttpClient Client => client;

    public static HttpClient Anonymous(WorkflowWebFactory factory)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        return client;
    }

    public static async Task EnsureAccountAsync(WorkflowWebFactory factory, TestActor actor, string displayName = "测试用户")
    {
        var accounts = factory.Services.GetRequiredService<AccountService>();
        var store = factory.Services.GetRequiredService<IAccountStore>();
        await store.AddIfMissingAsync(
            accounts.Create(actor.User, actor.User, displayName, "测试岗位", Password, actor.Posts, actor.Divisions, actor.Departments), default);
    }

    public static async Task<PageSession> SignInAsync(WorkflowWebFactory factory, TestActor actor, string displayName = "测试用户")
    {
        await EnsureAccountAsync(factory, actor, displayName);
        var session = new PageSession(Anonymous(factory));
        var response = await session.SubmitSignInAsync(actor.User, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return session;
    }

    public async Task<HttpResponseMessage> SubmitSignInAsync(string login, string password)
    {
        var token = Token(await HtmlAsync("/signin"));
        return await client.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["LoginName"] = login,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    public async Task<string> HtmlAsync(string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url}: {(int)response.StatusCode}\n{html}");
        return html;
    }

    /// <summary>Posts a form with the token and fields of the page's form, overridden by <paramref name="fields"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IDictionary<string, string> fields)
    {
        var html = await HtmlAsync(url);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = Token(html),
        };
        if (Field(html, "requestKey") is { } key)
        {
            form["requestKey"] = key;
        }
        foreach (var (name, value) in fields)
        {
            form[name] = value;
        }
        return await client.PostAsync(url, new FormUrlEncodedContent(form));
    }

    public static string Token(string html) =>
        Field(html, "__RequestVerificationToken") ?? throw new InvalidOperationException("Expected an anti-forgery token in the page, but there is none.");

    public static string? Field(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{Regex.Escape(name)}\"[^>]*value=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : null;
    }
}
