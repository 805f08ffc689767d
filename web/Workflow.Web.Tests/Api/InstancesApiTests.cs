using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class InstancesApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Start_PublishedDefinition_Returns201WithOpenVillageTask()
    {
        var response = await _client.PostJsonAsync("/api/instances", new
        {
            definitionId = "test-approval",
            input = new { divisionCode = TestDivisions.Village, applicantName = "张秀英" },
        }, TestActor.Administrator);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("张秀英", raw, StringComparison.Ordinal); // Chinese is not \u-escaped
        var instance = await response.ReadJsonAsync();
        var id = (string)instance["instanceId"]!;
        Assert.Equal($"/api/instances/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal("Suspended", (string?)instance["status"]);
        Assert.Equal("办理中", (string?)instance["statusName"]);
        Assert.Equal("张秀英", (string?)instance["applicantName"]);
        var task = Assert.Single(instance["tasks"]!.AsArray())!;
        Assert.Equal("入户调查", (string?)task["title"]);
        Assert.Equal("Open", (string?)task["status"]);
        Assert.Equal("村协理员", (string?)task["assignee"]!["post"]);
        Assert.Equal(TestDivisions.Village, (string?)task["assignee"]!["divisionCode"]);
    }

    [Fact]
    public async Task Start_UnknownDefinition_Returns404NamingDefinitionId()
    {
        var response = await _client.PostJsonAsync("/api/instances", new { definitionId = "no-such-flow" }, TestActor.Administrator);

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.NotNull(problem["errors"]!["definitionId"]);
    }

    [Fact]
    public async Task Start_WithoutDefinitionId_Returns400NamingDefinitionId()
    {
        var response = await _client.PostJsonAsync("/api/instances", new { input = new { divisionCode = TestDivisions.Village } }, TestActor.Administrator);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("InvalidInput", (string?)problem["code"]);
        Assert.NotNull(problem["errors"]!["definitionId"]);
    }

    [Fact]
    public async Task Get_StartedCase_Returns200()
    {
        var started = await _client.StartCaseAsync();
        var id = (string)started["instanceId"]!;

        var response = await _client.GetAsAsync($"/api/instances/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(id, (string?)(await response.ReadJsonAsync())["instanceId"]);
    }

    [Fact]
    public async Task Get_UnknownInstance_Returns404Problem()
    {
        var response = await _client.GetAsAsync("/api/instances/does-not-exist");

        var problem = await response.AssertProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal("NotFound", (string?)problem["code"]);
    }

    [Fact]
    public async Task Events_StartedCase_ListsHistoryInOrder()
    {
        var started = await _client.StartCaseAsync();

        var response = await _client.GetAsAsync($"/api/instances/{started["instanceId"]}/events");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var events = (await response.ReadJsonAsync()).AsArray();
        Assert.Equal(1, (int)events[0]!["sequence"]!);
        Assert.Equal("InstanceStarted", (string?)events[0]!["event"]!["$event"]);
        Assert.Contains(events, e => (string?)e!["event"]!["$event"] == "TaskOpened");
    }

    [Fact]
    public async Task Events_UnknownInstance_Returns404Problem()
    {
        var response = await _client.GetAsAsync("/api/instances/does-not-exist/events");

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
