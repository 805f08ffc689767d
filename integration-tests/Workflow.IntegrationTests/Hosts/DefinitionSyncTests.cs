using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Hosts;

/// <summary>
/// Two hosts on one database stay in step without a restart: a definition version an administrator publishes on host
/// A in the designer is the version a case started on host B runs, within seconds.
/// </summary>
public sealed class DefinitionSyncTests(DefinitionSyncTests.TwoHosts fixture, ITestOutputHelper output) : IClassFixture<DefinitionSyncTests.TwoHosts>
{
    private const string DefinitionId = "it-dibao-referral";
    private static readonly TimeSpan ArrivalTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task VersionPublishedOnHostA_IsTheOneACaseStartedOnHostBRuns()
    {
        using var hostA = PageForms.Session(fixture.Hosts[0]);
        using var hostB = fixture.Hosts[1].CreateClient();
        var published = JsonNode.Parse(await SendAsync(hostB, HttpMethod.Get, $"api/definitions/{DefinitionId}/1/json"))!.AsObject();
        published["name"] = (string?)published["name"] + "（第二版）";

        // Publish in the designer, as an administrator does: signed in (the first administrator, made with the token
        // host A logged), the page's anti-forgery token, then the publish handler.
        await PageForms.SignInFirstAdministratorAsync(hostA, fixture.Hosts[0], "chief", "Admin#Setup-2026");
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
        protected override int HostCount => 2;
    }
}
