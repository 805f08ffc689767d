using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Web.Security;
using Workflow.Web.Tests.Support;
using Xunit.Abstractions;

namespace Workflow.Web.Tests.Security;

/// <summary>
/// Security is declared, not remembered: every endpoint of the host (API, pages, health, metrics, the testing clock)
/// states a known policy, and only <see cref="AccessPolicies.AnonymousRoutes"/> allow anonymous callers.
/// </summary>
public sealed class EndpointPolicyTests(CaseworkWebFactory factory, ITestOutputHelper output) : IClassFixture<CaseworkWebFactory>
{
    private static readonly string[] KnownPolicies =
        [AccessPolicies.SignedIn, AccessPolicies.Administrator, AccessPolicies.PasswordChange, AccessPolicies.Operations, AccessPolicies.Integration];

    [Fact]
    public void EveryEndpoint_DeclaresAKnownPolicy_OrIsOnTheAnonymousList()
    {
        factory.CreateClient();
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

        var undeclared = new List<string>();
        var anonymous = new List<string>();
        foreach (var endpoint in endpoints)
        {
            var route = endpoint.RoutePattern.RawText?.Trim('/') ?? "";
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                anonymous.Add(route);
                continue;
            }
            var policies = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).ToList();
            if (policies.Count == 0 || policies.Any(p => p is null || !KnownPolicies.Contains(p)))
            {
                undeclared.Add($"{endpoint.DisplayName} ({route}): [{string.Join(", ", policies)}]");
            }
        }

        output.WriteLine($"{endpoints.Count} endpoints, {anonymous.Count} anonymous: "
            + string.Join(", ", endpoints.SelectMany(e => e.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).Distinct())
                .GroupBy(p => p).Select(g => $"{g.Key} {g.Count()}")));
        Assert.True(endpoints.Count > 60, $"only {endpoints.Count} endpoints found");
        Assert.Empty(undeclared);
        Assert.Empty(anonymous.Except(AccessPolicies.AnonymousRoutes));
    }

    [Theory]
    [InlineData("/api/definitions")]
    [InlineData("/api/org")]
    [InlineData("/api/admin/audit")]
    [InlineData("/api/routing-rules")]
    [InlineData("/api/designer/activities")]
    public async Task AdministratorEndpoints_RefuseAnOfficer_With403(string url)
    {
        var api = factory.CreateClient();

        var officer = await api.GetAsAsync(url, TestActor.TownshipReviewer);
        var anonymous = await api.GetAsync(url);

        Assert.Equal(System.Net.HttpStatusCode.Forbidden, officer.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("X-Forwarded-For", "203.0.113.7")]
    [InlineData("Forwarded", "for=203.0.113.7")]
    [InlineData("Via", "1.1 nginx")]
    public async Task HeaderIdentity_ThroughAProxy_NamesNobody(string header, string value)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/org");
        TestActor.Administrator.ApplyTo(request.Headers);
        request.Headers.Add(header, value);

        var response = await factory.CreateClient().SendAsync(request);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
