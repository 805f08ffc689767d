using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class DefinitionsApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task List_FolderWithValidAndBrokenFiles_ReturnsOnlyTheValidOne()
    {
        var response = await _client.GetAsAsync("/api/definitions");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var definitions = (await response.ReadJsonAsync()).AsArray();
        var only = Assert.Single(definitions)!;
        Assert.Equal("test-approval", (string?)only["definitionId"]);
        Assert.Equal(1, (int)only["version"]!);
        Assert.Equal("测试审批流程", (string?)only["name"]);
        Assert.Equal(5, (int)only["activityCount"]!);
    }

    [Fact]
    public async Task ExportJson_PublishedVersion_ReturnsElsaJsonWithSchemaFirst()
    {
        var response = await _client.GetAsAsync("/api/definitions/test-approval/1/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("入户调查", text, StringComparison.Ordinal);
        var document = JsonNode.Parse(text)!.AsObject();
        Assert.Equal("$schema", document.First().Key);
        Assert.Equal("Elsa.Flowchart", (string?)document["root"]!["type"]);
    }

    [Fact]
    public async Task ExportJson_UnknownVersion_Returns404Problem()
    {
        var response = await _client.GetAsAsync("/api/definitions/test-approval/9/json");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("NotFound", (string?)problem["code"]);
    }

    [Fact]
    public async Task Validate_DefinitionWithErrors_Returns200WithErrorPaths()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(WorkflowWebFactory.TestDefinitions, "invalid-unknown-post-level.json"));

        var response = await _client.PostRawAsync("/api/definitions/validate", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.False((bool)report["valid"]!);
        Assert.Equal("invalid", (string?)report["definitionId"]);
        var error = Assert.Single(report["errors"]!.AsArray(), e => (string?)e!["code"] == "UnknownLevel")!;
        Assert.StartsWith("$.root", (string?)error["path"], StringComparison.Ordinal);
        Assert.Equal("Error", (string?)error["severity"]);
    }

    [Fact]
    public async Task Validate_ValidDefinition_Returns200Valid()
    {
        var json = await File.ReadAllTextAsync(Path.Combine(WorkflowWebFactory.TestDefinitions, "test-approval.v1.json"));

        var response = await _client.PostRawAsync("/api/definitions/validate", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.True((bool)report["valid"]!);
    }

    [Fact]
    public async Task Validate_UnreadableJson_Returns400ProblemWithPath()
    {
        var response = await _client.PostRawAsync("/api/definitions/validate", """{ "root": """);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["$"]);
    }
}
