using System.Net;
using System.Text.RegularExpressions;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// The host's pages as a browser posts them: a cookie session, the page's anti-forgery token, and the one-time setup
/// token the host logs at a deployment's first start.
/// </summary>
public static partial class PageForms
{
    /// <summary>A session of its own (cookies kept, redirects answered, not followed) on <paramref name="host"/>.</summary>
    public static HttpClient Session(WebHostProcess host) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

    public static string AntiforgeryToken(string page) => WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);

    /// <summary>Posts <paramref name="fields"/> with the anti-forgery token of <paramref name="page"/> (read from <paramref name="url"/> when not given).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient session, string url, Dictionary<string, string> fields, string? page = null)
    {
        page ??= await session.GetStringAsync(url);
        fields["__RequestVerificationToken"] = AntiforgeryToken(page);
        return await session.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    /// <summary>The setup token the host logged, or a failure that shows the host's output.</summary>
    public static string SetupToken(WebHostProcess host) => SetupTokenPattern().Match(host.Output) is { Success: true } found
        ? found.Groups[1].Value
        : throw new Xunit.Sdk.XunitException($"Expected the host to log a one-time setup token.\n{host.Output}");

    /// <summary>Makes the first administrator at <c>/setup</c> with the host's token and signs <paramref name="session"/> in as them.</summary>
    public static async Task SignInFirstAdministratorAsync(HttpClient session, WebHostProcess host, string loginName, string password)
    {
        foreach (var (url, fields) in new[]
        {
            ("setup", new Dictionary<string, string>
            {
                ["Token"] = SetupToken(host), ["LoginName"] = loginName, ["DisplayName"] = "系统管理员", ["Password"] = password, ["Confirm"] = password,
            }),
            ("signin", new Dictionary<string, string> { ["LoginName"] = loginName, ["Password"] = password }),
        })
        {
            using var response = await SubmitAsync(session, url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"POST {url}: {(int)response.StatusCode}");
        }
    }

    [GeneratedRegex("一次性令牌 (\\S+) 创建")]
    private static partial Regex SetupTokenPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex Token();
}
