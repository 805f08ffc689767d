using System.Net;
using Microsoft.AspNetCore.Hosting;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

/// <summary>The host runs in Development here, where a stack trace would be the framework's default answer.</summary>
public sealed class ErrorHandlingTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task StartInstance_MalformedJson_Returns400ProblemWithoutStackTrace()
    {
        var response = await _client.PostRawAsync("/api/instances", """{ "definitionId": "test-approval", """);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("请求格式错误", (string?)problem["title"]);
    }

    [Fact]
    public async Task StartInstance_MalformedJsonInProduction_Returns400Problem()
    {
        using var production = factory.WithWebHostBuilder(b => b.UseEnvironment("Production"));
        using var client = production.CreateClient();

        var response = await client.PostRawAsync("/api/instances", "{ not json");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Decision_WrongFieldType_Returns400Problem()
    {
        var response = await _client.PostRawAsync(WebApi.Decision("any", "t1"), """{ "outcome": 42 }""");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task StartInstance_EmptyBody_Returns400Problem()
    {
        var response = await _client.PostRawAsync("/api/instances", "");

        await response.AssertProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task StartInstance_NotJsonContentType_Returns415Problem()
    {
        var response = await _client.PostRawAsync("/api/instances", "definitionId=test-approval", "text/plain");

        await response.AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task UnknownApiRoute_Returns404Problem()
    {
        var response = await _client.GetAsAsync("/api/nothing-here");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
