using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>The organisation as data over HTTP: versioned, validated whole, administrators only, JSON and CSV.</summary>
public sealed class OrganisationApiTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task Organisation_SaveInvalid_Returns400NamingTheField_AndKeepsTheOldVersion()
    {
        var (_, org, response) = await _api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        var version = response.Headers.GetValues("X-Version").Single();
        org!["users"]!.AsArray()[0]!["idNumber"] = "12345";

        var (status, problem, _) = await _api.SendAsync(HttpMethod.Put, "admin", $"/api/org?version={version}", Json(org));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("users[0].idNumber", problem!["errors"]!.AsObject().Select(e => e.Key));
        var (_, _, after) = await _api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        Assert.Equal(version, after.Headers.GetValues("X-Version").Single());
    }

    [Fact]
    public async Task Organisation_SaveByNonAdministratorOrFromAStaleVersion_IsRefused()
    {
        var (_, org, response) = await _api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        var version = long.Parse(response.Headers.GetValues("X-Version").Single(), System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Put, "zhangwei", $"/api/org?version={version}", Json(org!))).Status);
        Assert.Equal(HttpStatusCode.OK, (await _api.SendAsync(HttpMethod.Put, "admin", $"/api/org?version={version}", Json(org!))).Status);
        Assert.Equal(HttpStatusCode.Conflict, (await _api.SendAsync(HttpMethod.Put, "admin", $"/api/org?version={version}", Json(org!))).Status);
    }

    [Fact]
    public async Task Organisation_CsvExport_ImportsBackUnchanged()
    {
        var files = await _api.OkAsync(HttpMethod.Get, "admin", "/api/org/csv");
        Assert.Equal(["departments.csv", "divisions.csv", "posts.csv", "users.csv"], files.AsObject().Select(f => f.Key).Order());
        Assert.Contains("巴南区", (string?)files["divisions.csv"]);
        var (_, before, response) = await _api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        var version = response.Headers.GetValues("X-Version").Single();

        await _api.OkAsync(HttpMethod.Put, "admin", $"/api/org/csv?version={version}", files);

        var (_, after, _) = await _api.SendAsync(HttpMethod.Get, "admin", "/api/org");
        Assert.True(JsonNode.DeepEquals(before, after));
    }

    [Fact]
    public async Task Organisation_ReadByNonAdministrator_Is403_BecauseItHoldsStaffIdNumbers()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, "zhangwei", "/api/org")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, "lina", "/api/org/csv")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await _api.SendAsync(HttpMethod.Get, "lina", "/api/routing-rules")).Status);
    }

    [Fact]
    public async Task Organisation_WithoutCaller_Is401()
    {
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/org")).StatusCode);
    }

    private static StringContent Json(JsonNode node) => new(node.ToJsonString(), Encoding.UTF8, "application/json");
}
