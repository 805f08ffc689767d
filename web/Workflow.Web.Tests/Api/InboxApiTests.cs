using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class InboxApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Inbox_OpenTaskOfThePost_IsInTheTodoTabAndCounted()
    {
        var id = (string)(await _client.StartCaseAsync())["instanceId"]!;
        var answer = await GetAsync("/api/inbox?box=todo&pageSize=200", TestActor.VillageAssistant);

        Assert.Equal("todo", (string?)answer["box"]);
        var row = Assert.Single(answer["rows"]!.AsArray(), r => (string?)r!["task"]!["instanceId"] == id)!;
        Assert.Equal("入户调查", (string?)row["task"]!["title"]);
        Assert.Equal("Open", (string?)row["task"]!["status"]);
        Assert.Equal(id, (string?)row["case"]!["instanceId"]);
        Assert.True((int)answer["counts"]!["todo"]! >= 1);
    }

    [Fact]
    public async Task Inbox_OtherDivisionOrOtherPerson_DoesNotListTheTask()
    {
        var id = (string)(await _client.StartCaseAsync())["instanceId"]!;

        var otherVillage = await GetAsync("/api/inbox?division=500113102002", TestActor.VillageAssistant);
        var otherPerson = await GetAsync("/api/inbox", TestActor.OtherTownshipReviewer);

        Assert.DoesNotContain(otherVillage["rows"]!.AsArray(), r => (string?)r!["task"]!["instanceId"] == id);
        Assert.DoesNotContain(otherPerson["rows"]!.AsArray(), r => (string?)r!["task"]!["instanceId"] == id);
    }

    [Fact]
    public async Task Inbox_DecidedTask_MovesToTheDoneTab()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        await _client.PostJsonAsync(WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve" }, TestActor.VillageAssistant);

        var todo = await GetAsync("/api/inbox?box=todo&pageSize=200", TestActor.VillageAssistant);
        var done = await GetAsync("/api/inbox?box=done&pageSize=200", TestActor.VillageAssistant);

        Assert.DoesNotContain(todo["rows"]!.AsArray(), r => (string?)r!["task"]!["instanceId"] == id);
        Assert.Contains(done["rows"]!.AsArray(), r => (string?)r!["task"]!["instanceId"] == id);
    }

    [Theory]
    [InlineData("/api/inbox?post=x", "post")]
    [InlineData("/api/inbox?overdue=true", "overdue")]
    [InlineData("/api/inbox?assignee=lina&limit=5", "assignee")]
    [InlineData("/api/inbox?box=mine", "box")]
    [InlineData("/api/inbox?page=abc", "page")]
    [InlineData("/api/inbox?from=2026-13-45", "from")]
    [InlineData("/api/inbox?division=5001", "division")]
    public async Task Inbox_OldOrBadParameter_Returns400WithAChineseFieldError(string url, string field)
    {
        var response = await _client.GetAsAsync(url, TestActor.VillageAssistant);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("InvalidInput", (string?)problem["code"]);
        var message = (string?)problem["errors"]![field]![0];
        Assert.Matches("[\\u4e00-\\u9fff]", message);
    }

    [Theory]
    [InlineData("/api/inbox/count?post=%E6%9D%91%E5%8D%8F%E7%90%86%E5%91%98&division=500113102001")]
    [InlineData("/api/inbox/mine")]
    public async Task InboxOldSelectors_CountAndMine_AreGone(string url)
    {
        var response = await _client.GetAsAsync(url, TestActor.VillageAssistant);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<JsonNode> GetAsync(string url, TestActor actor)
    {
        var response = await _client.GetAsAsync(url, actor);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadJsonAsync();
    }
}
