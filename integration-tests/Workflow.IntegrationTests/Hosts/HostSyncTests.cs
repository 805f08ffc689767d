using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Hosts;

/// <summary>
/// Two hosts on one database stay in step without a restart: a definition version an administrator publishes on host
/// A in the designer is the version a case started on host B runs, and a local closure, an organisation and routing
/// rules saved on host A are in force on host B, within seconds.
/// </summary>
public sealed partial class HostSyncTests(HostSyncTests.TwoHosts fixture, ITestOutputHelper output) : IClassFixture<HostSyncTests.TwoHosts>
{
    private const string DefinitionId = "it-dibao-referral";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task VersionPublishedOnHostA_IsTheOneACaseStartedOnHostBRuns()
    {
        var hostA = (await fixture.AdministratorsAsync())[0];
        using var hostB = fixture.Hosts[1].CreateClient();
        var published = JsonNode.Parse(await SendAsync(hostB, HttpMethod.Get, $"api/definitions/{DefinitionId}/1/json"))!.AsObject();
        published["name"] = (string?)published["name"] + "（第二版）";

        // Publish in the designer, as an administrator does: signed in, the page's anti-forgery token, then the handler.
        var page = await SendAsync(hostA, HttpMethod.Get, $"admin/definitions/{DefinitionId}/designer");
        var token = PageForms.AntiforgeryToken(page);
        var answer = JsonNode.Parse(await SendAsync(hostA, HttpMethod.Post, $"admin/definitions/{DefinitionId}/designer?handler=Publish",
            published.ToJsonString(), token))!;
        Assert.Equal(2, (int?)answer["version"]);

        var clock = Stopwatch.StartNew();
        await Wait.UntilAsync(async () => JsonNode.Parse(await SendAsync(hostB, HttpMethod.Get, "api/definitions"))!.AsArray()
            .Any(d => (string?)d!["definitionId"] == DefinitionId && (int?)d["version"] == 2), ArrivalTimeout,
            () => $"version 2 to reach host B\n{fixture.Output}");
        output.WriteLine($"version 2 reached host B after {clock.ElapsedMilliseconds} ms");

        var started = await new WorkflowApi(hostB).StartCaseAsync(DefinitionId, new { divisionCode = TestDivisions.Village, applicantName = "张秀英", householdSize = 3 });
        Assert.Equal(2, (int?)started["definitionVersion"]);
    }

    [Fact]
    public async Task ClosureSavedOnHostA_CountsOnHostB()
    {
        var sessions = await fixture.AdministratorsAsync();
        using var saved = await PageForms.SubmitAsync(sessions[0], "admin/calendar?handler=Closure", new Dictionary<string, string>
        {
            ["division"] = "500113102000", ["name"] = "防汛停止办公", ["from"] = "2026-07-06", ["to"] = "2026-07-08",
            ["notice"] = "区人民政府关于防汛期间停止办公的通知",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var versionOnA = CalendarVersion(await SendAsync(sessions[0], HttpMethod.Get, "admin/calendar"));

        var clock = Stopwatch.StartNew();
        await Wait.UntilAsync(async () => CalendarVersion(await SendAsync(sessions[1], HttpMethod.Get, "admin/calendar")) == versionOnA,
            ArrivalTimeout, () => $"calendar {versionOnA} to reach host B\n{fixture.Output}");
        output.WriteLine($"the closure reached host B after {clock.ElapsedMilliseconds} ms");
        Assert.Contains("防汛停止办公", await SendAsync(sessions[1], HttpMethod.Get, "admin/calendar"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("api/org")]
    [InlineData("api/routing-rules")]
    public async Task DocumentSavedOnHostA_IsTheVersionHostBUses(string url)
    {
        using var hostA = fixture.Hosts[0].CreateClient();
        using var hostB = fixture.Hosts[1].CreateClient();
        var (body, version) = await DocumentAsync(hostA, url);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"{url}?version={version}") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await hostA.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"PUT {url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");

        var clock = Stopwatch.StartNew();
        await Wait.UntilAsync(async () => (await DocumentAsync(hostB, url)).Version > version, ArrivalTimeout, () => $"{url} v{version + 1} to reach host B\n{fixture.Output}");
        output.WriteLine($"{url} reached host B after {clock.ElapsedMilliseconds} ms");
    }

    private static async Task<(string Body, long Version)> DocumentAsync(HttpClient client, string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        TestActor.Administrator.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode}");
        return (await response.Content.ReadAsStringAsync(), long.Parse(response.Headers.GetValues("X-Version").Single(), CultureInfo.InvariantCulture));
    }

    private static string CalendarVersion(string page) => CalendarVersionPattern().Match(page).Groups[1].Value;

    [GeneratedRegex("id=\"calendar-version\">([^<]+)<")]
    private static partial Regex CalendarVersionPattern();

    private static async Task<string> SendAsync(HttpClient client, HttpMethod method, string url, string? json = null, string? token = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (url.StartsWith("api/", StringComparison.Ordinal))
        {
            TestActor.Administrator.ApplyTo(request.Headers);
        }
        if (json is not null)
        {
            request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        }
        if (token is not null)
        {
            request.Headers.Add("RequestVerificationToken", token);
        }
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{method} {url}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        return body;
    }

    public sealed class TwoHosts : ServersFixture
    {
        private const string Login = "chief";
        private const string Password = "Admin#Setup-2026";
        private Task<HttpClient[]>? _administrators;

        protected override int HostCount => 2;

        /// <summary>
        /// One signed-in administrator session per host: the first administrator, made once with the token host A
        /// logged, then signed in on host B too (the account is in the shared database).
        /// </summary>
        public Task<HttpClient[]> AdministratorsAsync() => _administrators ??= SignInAsync();

        private async Task<HttpClient[]> SignInAsync()
        {
            var sessions = Hosts.Select(PageForms.Session).ToArray();
            await PageForms.SignInFirstAdministratorAsync(sessions[0], Hosts[0], Login, Password);
            using var signedIn = await PageForms.SubmitAsync(sessions[1], "signin", new Dictionary<string, string> { ["LoginName"] = Login, ["Password"] = Password });
            Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
            return sessions;
        }
    }
}
