using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace Workflow.IntegrationTests.Security;

/// <summary>
/// The access matrix against the real host on PostgreSQL: every route of the host's own endpoint table (its OpenAPI
/// document) that names a case or a task, for every role, on a 低保 case and on a child-protection case. A role that
/// may not see the case gets exactly the answer a case that does not exist gets, never a 2xx, and its refused request
/// writes nothing; a role that may see the case passes the access gate (no 401 or 404; an objection's 404 names the
/// 公示 that is not open).
/// </summary>
public sealed class AccessMatrixOnPostgresTests(AccessMatrixOnPostgresTests.OneHost fixture, ITestOutputHelper output)
    : IClassFixture<AccessMatrixOnPostgresTests.OneHost>
{
    private static readonly TestActor OtherDistrict = new("qianjiang", ["区民政局"], ["500114000000"], []);
    private static readonly TestActor Department = new("edu", [], [TestDivisions.District], ["it-education"]);
    private static readonly TestActor Supervisor = new("dudao", ["督办"], [TestDivisions.District], []);

    /// <summary>Who sees a 界石镇 低保 case, and who sees a 界石镇 child-protection case.</summary>
    private static readonly (TestActor? Actor, bool SeesOwn, bool SeesChildProtection)[] Roles =
    [
        (null, false, false),
        (TestActor.VillageAssistant, true, false),
        (TestActor.TownshipReviewer, true, true),
        (TestActor.DistrictApprover, true, true),
        (Supervisor, true, false),
        (Department, false, false),
        (OtherDistrict, false, false),
    ];

    [Fact]
    public async Task EveryCaseRoute_ForEveryRole_OnOwnAndChildProtectionCases()
    {
        using var client = fixture.Hosts[0].CreateClient();
        var api = new WorkflowApi(client);
        var own = await api.StartCaseAsync("it-dibao-referral", new { divisionCode = TestDivisions.Village, applicantName = "张秀英", householdSize = 3 });
        var child = await api.StartCaseAsync("it-dibao-referral",
            new { divisionCode = TestDivisions.Village, applicantName = "李小明", householdSize = 1, childProtection = true });
        var routes = await CaseRoutesAsync(client);
        var failures = new List<string>();
        var cells = 0;

        foreach (var (label, instance, sees) in new[]
        {
            ("own", own, (Func<(TestActor?, bool SeesOwn, bool SeesChildProtection), bool>)(r => r.SeesOwn)),
            ("child-protection", child, r => r.SeesChildProtection),
        })
        {
            var instanceId = (string)instance["instanceId"]!;
            var taskId = (string)WorkflowApi.OpenTasks(instance).First()["taskId"]!;
            foreach (var role in Roles)
            {
                foreach (var (method, template) in routes)
                {
                    var url = template.Replace("{instanceId}", instanceId, StringComparison.Ordinal).Replace("{taskId}", taskId, StringComparison.Ordinal);
                    var before = (await api.EventsAsync(instanceId)).Count;
                    var status = await SendAsync(client, method, url, role.Actor);
                    cells++;
                    var who = role.Actor?.User ?? "nobody";
                    if (!sees(role))
                    {
                        var control = await SendAsync(client, method,
                            template.Replace("{instanceId}", "no-such-case", StringComparison.Ordinal).Replace("{taskId}", "no-such-task", StringComparison.Ordinal), role.Actor);
                        if (status != control || (int)status is >= 200 and < 300)
                        {
                            failures.Add($"{label} {method} {template} as {who}: {(int)status}, but {(int)control} for a case that does not exist");
                        }
                        if ((await api.EventsAsync(instanceId)).Count != before)
                        {
                            failures.Add($"{label} {method} {template} as {who}: refused, but the case changed");
                        }
                    }
                    else if (status is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound && !template.EndsWith("/objections", StringComparison.Ordinal))
                    {
                        failures.Add($"{label} {method} {template} as {who}: {(int)status}, expected past the access gate");
                    }
                }
            }
        }

        // The lists agree: /api/tasks shows a role exactly the cases the matrix says it may open.
        foreach (var role in Roles.Where(r => r.Actor is not null))
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "api/tasks?status=all&limit=1000");
            role.Actor!.ApplyTo(request.Headers);
            using var response = await client.SendAsync(request);
            var listed = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray().Select(t => (string)t!["instanceId"]!).ToHashSet();
            var expected = new[] { (own, role.SeesOwn), (child, role.SeesChildProtection) }.Where(c => c.Item2).Select(c => (string)c.Item1["instanceId"]!);
            if (!listed.SetEquals(expected))
            {
                failures.Add($"GET /api/tasks as {role.Actor.User}: lists [{string.Join(",", listed)}], may open [{string.Join(",", expected)}]");
            }
        }

        output.WriteLine($"{routes.Count} routes x {Roles.Length} roles x 2 cases = {cells} cells");
        Assert.True(routes.Count >= 10, $"only {routes.Count} case routes in the OpenAPI document");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n" + string.Join("\n", failures) + "\n" + fixture.Output);
    }

    /// <summary>The largest body any route takes (attachments); the oversized body is above it.</summary>
    private const int RequestSizeLimit = 16 * 1024 * 1024;

    [Fact]
    public async Task MalformedBodies_ToEveryWritingRoute_NeverGive500OrAStackTrace()
    {
        using var client = fixture.Hosts[0].CreateClient();
        var api = new WorkflowApi(client);
        var instance = await api.StartCaseAsync("it-dibao-referral", new { divisionCode = TestDivisions.Village, applicantName = "王五", householdSize = 2 });
        var instanceId = (string)instance["instanceId"]!;
        var taskId = (string)WorkflowApi.OpenTasks(instance).First()["taskId"]!;
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var bodies = new[] { "{", "[]", "\"text\"", """{"outcome":123,"comment":[],"requestKey":{}}""", """{"unknownField":"x","another":{"deep":[1,2]}}""" };
        var failures = new List<string>();
        var sent = 0;

        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            var url = path.Replace("{instanceId}", instanceId, StringComparison.Ordinal).Replace("{taskId}", taskId, StringComparison.Ordinal);
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || url.Contains('{', StringComparison.Ordinal) || path.Contains("/testing/", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var method in operations!.AsObject().Select(o => o.Key.ToUpperInvariant()).Where(m => m is "POST" or "PUT"))
            {
                foreach (var body in bodies.Append(new string('x', 17 * 1024 * 1024)))
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), url.TrimStart('/'))
                    {
                        Content = new StringContent(body, Encoding.UTF8, "application/json"),
                    };
                    TestActor.Administrator.ApplyTo(request.Headers);
                    sent++;
                    HttpResponseMessage response;
                    try
                    {
                        response = await client.SendAsync(request);
                    }
                    catch (HttpRequestException) when (body.Length > RequestSizeLimit)
                    {
                        // The host answered 413 from the Content-Length and closed the connection before the body was sent.
                        continue;
                    }
                    using var answered = response;
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500 || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                    {
                        failures.Add($"{method} {path} with {(body.Length > 60 ? $"{body.Length} bytes" : body)}: {(int)response.StatusCode} {text[..Math.Min(200, text.Length)]}");
                    }
                }
            }
        }

        output.WriteLine($"{sent} malformed requests");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/ready")).StatusCode);
        Assert.True(sent >= 100, $"only {sent} requests");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    /// <summary>Every /api operation whose path parameters are the case (<c>{instanceId}</c>) and its task, from the host's OpenAPI document.</summary>
    private static async Task<List<(string Method, string Template)>> CaseRoutesAsync(HttpClient client)
    {
        var document = JsonNode.Parse(await client.GetStringAsync("openapi/v1.json"))!;
        var routes = new List<(string, string)>();
        foreach (var (path, operations) in document["paths"]!.AsObject())
        {
            var names = System.Text.RegularExpressions.Regex.Matches(path, "{([^}]+)}").Select(m => m.Groups[1].Value).ToList();
            if (!path.StartsWith("/api/", StringComparison.Ordinal) || path.Contains("/admin/", StringComparison.Ordinal) || names.Count == 0
                || names.Any(n => n is not ("instanceId" or "taskId")))
            {
                continue;
            }
            routes.AddRange(operations!.AsObject().Select(o => (o.Key.ToUpperInvariant(), path)));
        }
        return routes;
    }

    private static async Task<HttpStatusCode> SendAsync(HttpClient client, string method, string url, TestActor? actor)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url.TrimStart('/'));
        if (method != "GET")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        actor?.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }

    public sealed class OneHost : ServersFixture
    {
        protected override int HostCount => 1;
    }
}
