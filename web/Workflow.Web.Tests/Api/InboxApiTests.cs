using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class InboxApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Inbox_PostInItsOffice_ListsOpenTaskAndCountsIt()
    {
        var id = (string)(await _client.StartCaseAsync())["instanceId"]!;
        var post = Uri.EscapeDataString("村协理员");

        var items = await GetArrayAsync($"/api/inbox?post={post}&division={TestDivisions.Village}");
        var count = await (await _client.GetAsAsync($"/api/inbox/count?post={post}&division={TestDivisions.Village}")).ReadJsonAsync();

        var item = Assert.Single(items, t => (string?)t!["instanceId"] == id)!;
        Assert.Equal("入户调查", (string?)item["title"]);
        Assert.Equal("Approval", (string?)item["kind"]);
        Assert.Equal("Open", (string?)item["status"]);
        Assert.True((int)count["count"]! >= 1);
    }

    [Fact]
    public async Task Inbox_OtherOffice_DoesNotListTask()
    {
        var id = (string)(await _client.StartCaseAsync())["instanceId"]!;

        var items = await GetArrayAsync($"/api/inbox?post={Uri.EscapeDataString("村协理员")}&division=500113102002");

        Assert.DoesNotContain(items, t => (string?)t!["instanceId"] == id);
    }

    [Fact]
    public async Task Inbox_DecidedTask_LeavesThePostsInbox()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        await _client.PostJsonAsync(WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve" }, TestActor.VillageAssistant);

        var village = await GetArrayAsync($"/api/inbox?post={Uri.EscapeDataString("村协理员")}&division={TestDivisions.Village}");
        var township = await GetArrayAsync($"/api/inbox?post={Uri.EscapeDataString("民政办")}&division={TestDivisions.Township}");

        Assert.DoesNotContain(village, t => (string?)t!["instanceId"] == id);
        Assert.Contains(township, t => (string?)t!["instanceId"] == id && (string?)t["title"] == "乡镇审核");
    }

    [Theory]
    [InlineData("/api/inbox")]
    [InlineData("/api/inbox?post=x&department=y&division=500113102001")]
    [InlineData("/api/inbox?post=x")]
    [InlineData("/api/inbox?department=x&limit=0")]
    [InlineData("/api/inbox/count?division=500113102001")]
    public async Task Inbox_BadSelector_Returns400Problem(string url)
    {
        var response = await _client.GetAsAsync(url);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("InvalidInput", (string?)problem["code"]);
    }

    private async Task<JsonArray> GetArrayAsync(string url)
    {
        var response = await _client.GetAsAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).AsArray();
    }
}
