using System.Net;
using System.Text.RegularExpressions;
using Dapper;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Security;

/// <summary>
/// A deployment's first start and its sign-in, against the real host on PostgreSQL: the first administrator is made
/// with the one-time token the host logs, and a parallel burst of wrong passwords locks the account exactly as a
/// sequential one would, with every attempt counted.
/// </summary>
public sealed partial class SignInOnPostgresTests(SignInOnPostgresTests.OneHost fixture) : IClassFixture<SignInOnPostgresTests.OneHost>
{
    private const string Password = "Admin#Setup-2026";

    [Fact]
    public async Task FirstAdministrator_ThenAParallelBurstOfWrongPasswords_LocksTheAccount()
    {
        var host = fixture.Hosts[0];
        var token = SetupToken().Match(host.Output) is { Success: true } found ? found.Groups[1].Value
            : throw new Xunit.Sdk.XunitException($"Expected the host to log a one-time setup token.\n{host.Output}");
        using var setup = Session(host);
        var created = await SubmitAsync(setup, "setup", new()
        {
            ["Token"] = token, ["LoginName"] = "chief", ["DisplayName"] = "系统管理员 李明", ["Password"] = Password, ["Confirm"] = Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        using var visitor = Session(host);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(visitor, Password)).StatusCode);
        using var attacker = Session(host);
        var page = await attacker.GetStringAsync("signin");
        var burst = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => SignInAsync(attacker, "wrong-password", page)));
        using var owner = Session(host);
        var afterBurst = await SignInAsync(owner, Password);

        Assert.All(burst, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(HttpStatusCode.OK, afterBurst.StatusCode); // the form again: locked, with the one uniform answer
        await using var connection = fixture.Database.Open();
        var (failed, lockedUntil) = await connection.QuerySingleAsync<(int, DateTime?)>(
            "SELECT failed_attempts, locked_until FROM wf_accounts WHERE login_name = 'chief'");
        Assert.Equal(12 + 1, failed);
        Assert.NotNull(lockedUntil);
    }

    private static HttpClient Session(WebHostProcess host) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = host.BaseAddress };

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient session, string password, string? page = null) =>
        await SubmitAsync(session, "signin", new() { ["LoginName"] = "chief", ["Password"] = password }, page);

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient session, string url, Dictionary<string, string> fields, string? page = null)
    {
        page ??= await session.GetStringAsync(url);
        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(AntiforgeryToken().Match(page).Groups[1].Value);
        return await session.PostAsync(url, new FormUrlEncodedContent(fields));
    }

    [GeneratedRegex("一次性令牌 (\\S+) 创建")]
    private static partial Regex SetupToken();

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]*)\"")]
    private static partial Regex AntiforgeryToken();

    public sealed class OneHost : ServersFixture
    {
        protected override int HostCount => 1;
    }
}
