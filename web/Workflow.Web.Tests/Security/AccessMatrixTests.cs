using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// The access matrix, generated from the endpoint table: every route that names a case or an application, for every
/// demo role (of this district, of another district, of another province), on a 低保 case and on a child-protection case.
/// A role that may not see the case gets exactly the answer it would get for a case that does not exist (never a 2xx),
/// and a refused request writes nothing; a role that may see it passes the access gate (no 401 or 404; the engine may
/// still refuse an act with 403).
/// </summary>
public sealed class AccessMatrixTests(CaseworkWebFactory factory, ITestOutputHelper output) : IClassFixture<CaseworkWebFactory>
{
    /// <summary>The demo roles: who sees a 界石镇 低保 case, and who sees a 界石镇 orphan's case.</summary>
    private static readonly (string? User, bool SeesOwn, bool SeesChildProtection)[] Roles =
    [
        (null, false, false),              // nobody signed in
        ("wangfang", true, true),          // the window that accepted both
        ("lina", true, false),             // the village assistant: not named by child protection
        ("zhangwei", true, true),          // the township office
        ("liuqiang", true, true),          // the district office
        ("zhouli", false, false),          // 区残联: nothing referred to it
        ("dudao", true, false),            // the supervisor
        ("lp-window", false, false),       // another district's window
        ("dz-district", false, false),     // another province's district office
    ];

    [Fact]
    public async Task EveryCaseRoute_ForEveryRole_OnOwnOtherAndChildProtectionCases()
    {
        var api = new CaseworkClient(factory.CreateClient());
        var own = await api.ApplyAsync(CaseworkClient.Id("50011319660101001"), "dibao");
        var child = await api.ApplyAsync(CaseworkClient.Id("50011320160202002"), "orphan");
        var cases = new[]
        {
            ("own", Ids(own), (Func<(string? User, bool SeesOwn, bool SeesChildProtection), bool>)(r => r.SeesOwn)),
            ("child-protection", Ids(child), r => r.SeesChildProtection),
        };
        var routes = CaseRoutes().ToList();
        var failures = new List<string>();
        var cells = 0;

        foreach (var (label, (applicationId, instanceId), sees) in cases)
        {
            var taskId = (string)(await api.OkAsync(HttpMethod.Get, "liuqiang", $"/api/instances/{instanceId}"))["tasks"]!.AsArray()
                .First(t => (string?)t!["status"] == "Open")!["taskId"]!;
            foreach (var role in Roles)
            {
                foreach (var (method, template) in routes)
                {
                    var url = template.Replace("{id}", applicationId, StringComparison.Ordinal).Replace("{instanceId}", instanceId, StringComparison.Ordinal)
                        .Replace("{taskId}", taskId, StringComparison.Ordinal);
                    var before = await FootprintAsync(api, applicationId, instanceId);
                    var status = await SendAsync(method, url, role.User);
                    cells++;
                    if (!sees(role))
                    {
                        // Indistinguishable from a case that does not exist: the same answer as for made-up ids.
                        var control = await SendAsync(method, template.Replace("{id}", "no-such-application", StringComparison.Ordinal)
                            .Replace("{instanceId}", "no-such-case", StringComparison.Ordinal).Replace("{taskId}", "no-such-task", StringComparison.Ordinal), role.User);
                        if (status != control || (int)status is >= 200 and < 300)
                        {
                            failures.Add($"{label} {method} {template} as {role.User ?? "nobody"}: {(int)status}, but {(int)control} for a case that does not exist");
                        }
                        if (method != "GET" && await FootprintAsync(api, applicationId, instanceId) != before)
                        {
                            failures.Add($"{label} {method} {template} as {role.User ?? "nobody"}: refused, but the case changed");
                        }
                    }
                    else if (status is HttpStatusCode.Unauthorized or HttpStatusCode.NotFound && !MayRefuseForAnotherReason(template))
                    {
                        failures.Add($"{label} {method} {template} as {role.User}: {(int)status}, expected past the access gate");
                    }
                }
            }
        }

        output.WriteLine($"{routes.Count} routes x {Roles.Length} roles x {cases.Length} cases = {cells} cells");
        Assert.True(cells > 300, $"only {cells} cells");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cells} cells wrong:\n" + string.Join("\n", failures));
    }

    /// <summary>Routes whose 404 speaks of something else than the case: the 公示 an objection names, an attachment id.</summary>
    private static bool MayRefuseForAnotherReason(string template) =>
        template.EndsWith("/objections", StringComparison.Ordinal) || template.Contains("{attachmentId}", StringComparison.Ordinal);

    private async Task<HttpStatusCode> SendAsync(string method, string url, string? user)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method != "GET")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }
        if (user is not null)
        {
            request.Headers.Add("X-User", user);
        }
        using var response = await factory.CreateClient().SendAsync(request);
        return response.StatusCode;
    }

    /// <summary>What a refused request must not change: the case's events and the application's audit.</summary>
    private static async Task<string> FootprintAsync(CaseworkClient api, string applicationId, string instanceId)
    {
        var events = await api.OkAsync(HttpMethod.Get, "liuqiang", $"/api/instances/{instanceId}/events");
        var audit = await api.OkAsync(HttpMethod.Get, "liuqiang", $"/api/applications/{applicationId}/audit");
        return $"{events.AsArray().Count}:{audit.AsArray().Count}";
    }

    private static (string ApplicationId, string InstanceId) Ids(System.Text.Json.Nodes.JsonNode application) =>
        ((string)application["applicationId"]!, (string)application["subCases"]![0]!["instanceId"]!);

    /// <summary>Every /api route whose parameters name the application (<c>{id}</c>), the case (<c>{instanceId}</c>) or its task.</summary>
    private IEnumerable<(string Method, string Template)> CaseRoutes()
    {
        factory.CreateClient();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            var names = pattern.Parameters.Select(p => p.Name).ToList();
            if (pattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) != true || names.Count == 0
                || pattern.RawText.Contains("/admin/", StringComparison.Ordinal)
                || names.Any(n => n is not ("id" or "instanceId" or "taskId")) || pattern.RawText.Contains("/checks/", StringComparison.Ordinal))
            {
                continue;
            }
            var template = "/" + pattern.RawText.TrimStart('/');
            foreach (var method in endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return (method, template);
            }
        }
    }
}
