using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Every API route of the endpoint table, sent bad JSON, wrong types, unknown fields, empty and oversized bodies and
/// hostile query strings, by an administrator and by nobody: never a 500, never a stack trace.
/// </summary>
public sealed class MalformedInputSweepTests(CaseworkWebFactory factory, ITestOutputHelper output) : IClassFixture<CaseworkWebFactory>
{
    private static readonly (string Name, string Body, string ContentType)[] Bodies =
    [
        ("broken JSON", "{ \"definitionId\": ", "application/json"),
        ("wrong types", "{\"outcome\":42,\"reason\":[1,2],\"userIds\":\"x\",\"amountYuan\":\"很多\",\"days\":\"x\",\"version\":{}}", "application/json"),
        ("unknown fields", "{\"unknown\":1,\"nested\":{\"deep\":[1,{\"a\":null}]},\"__proto__\":{}}", "application/json"),
        ("a JSON array", "[1,2,3]", "application/json"),
        ("a JSON string", "\"字符串\"", "application/json"),
        ("empty", "", "application/json"),
        ("not JSON at all", "definitionId=x&outcome=y", "text/plain"),
        ("deep nesting", new string('[', 5000) + new string(']', 5000), "application/json"),
        ("oversized", "{\"x\":\"" + new string('x', 3 * 1024 * 1024) + "\"}", "application/json"),
    ];

    private const string HostileQuery = "?limit=abc&division=%27%3B--&withinDays=-1&status=%3Cscript%3E&post=%00&department=..%2F..&assignee=&overdue=maybe&box=x";

    [Fact]
    public async Task EveryApiRoute_WithMalformedInput_AnswersWithoutA500OrAStackTrace()
    {
        var client = factory.CreateClient();
        var routes = ApiRoutes().ToList();
        var failures = new List<string>();

        foreach (var (method, url) in routes)
        {
            foreach (var actor in new[] { TestActor.Administrator, null })
            {
                if (method is "GET")
                {
                    await CheckAsync(client, failures, method, url + HostileQuery, null, actor);
                    continue;
                }
                foreach (var (name, body, type) in Bodies)
                {
                    await CheckAsync(client, failures, method, url, (name, body, type), actor);
                }
            }
        }

        output.WriteLine($"{routes.Count} API routes, {routes.Count(r => r.Method != "GET")} with bodies x {Bodies.Length} bodies, x 2 callers");
        Assert.True(routes.Count > 40, $"only {routes.Count} API routes found");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static async Task CheckAsync(HttpClient client, List<string> failures, string method, string url, (string Name, string Body, string Type)? body, TestActor? actor)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is { } b)
        {
            request.Content = new StringContent(b.Body, Encoding.UTF8, b.Type);
        }
        actor?.ApplyTo(request.Headers);
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        if ((int)response.StatusCode >= 500 || text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
        {
            failures.Add($"{method} {url} ({body?.Name ?? "query"}, {(actor is null ? "anonymous" : actor.User)}): {(int)response.StatusCode} {text[..Math.Min(300, text.Length)]}");
        }
    }

    /// <summary>Every /api route of the endpoint table, its parameters filled with harmless values.</summary>
    private IEnumerable<(string Method, string Url)> ApiRoutes()
    {
        factory.CreateClient();
        foreach (var endpoint in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = endpoint.RoutePattern;
            if (pattern.RawText?.TrimStart('/').StartsWith("api/", StringComparison.Ordinal) != true)
            {
                continue;
            }
            var url = "/" + string.Join("/", pattern.PathSegments.Select(Segment));
            foreach (var method in endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                yield return (method, url);
            }
        }
    }

    private static string Segment(RoutePatternPathSegment segment) => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => parameter.ParameterPolicies.Any(p => p.Content is "int" or "long") ? "1" : "sweep-" + parameter.Name,
        RoutePatternSeparatorPart separator => separator.Content,
        _ => "",
    }));
}
