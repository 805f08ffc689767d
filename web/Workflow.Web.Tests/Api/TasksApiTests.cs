using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Api;

public sealed class TasksApiTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Decide_ByVillageAssistant_Returns200AndOpensTownshipReview()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;

        var response = await _client.PostJsonAsync(
            WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve", comment = "情况属实" }, TestActor.VillageAssistant);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.ReadJsonAsync();
        var visit = after["tasks"]!.AsArray().Single(t => (string?)t!["title"] == "入户调查")!;
        Assert.Equal("Completed", (string?)visit["status"]);
        Assert.Equal("approve", (string?)visit["outcome"]);
        Assert.Equal("lina", (string?)visit["actorId"]);
        var review = after["tasks"]!.AsArray().Single(t => (string?)t!["title"] == "乡镇审核")!;
        Assert.Equal("Open", (string?)review["status"]);
        Assert.Equal(TestDivisions.Township, (string?)review["assignee"]!["divisionCode"]);
    }

    [Fact]
    public async Task Decide_WithWrongPost_Returns403Problem()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));

        var response = await _client.PostJsonAsync(url, new { outcome = "approve" }, TestActor.TownshipReviewer);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Forbidden", (string?)problem["code"]);
    }

    [Fact]
    public async Task Decide_RejectWithoutComment_Returns400NamingComment()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));

        var response = await _client.PostJsonAsync(url, new { outcome = "reject" }, TestActor.VillageAssistant);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("InvalidInput", (string?)problem["code"]);
        Assert.NotNull(problem["errors"]!["comment"]);
        Assert.Contains("comment", (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_WithoutOutcome_Returns400NamingOutcome()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));

        var response = await _client.PostJsonAsync(url, new { comment = "没有结果" }, TestActor.VillageAssistant);

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["outcome"]);
    }

    [Fact]
    public async Task Decide_WithoutUserHeader_Returns401Problem()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));

        var response = await _client.PostJsonAsync(url, new { outcome = "approve" });

        await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Decide_TaskAlreadyDecided_Returns409Problem()
    {
        var instance = await _client.StartCaseAsync();
        var url = WebApi.Decision((string)instance["instanceId"]!, instance.OpenTaskId("入户调查"));
        Assert.Equal(HttpStatusCode.OK, (await _client.PostJsonAsync(url, new { outcome = "approve" }, TestActor.VillageAssistant)).StatusCode);

        var response = await _client.PostJsonAsync(url, new { outcome = "approve" }, TestActor.VillageAssistant);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("InvalidState", (string?)problem["code"]);
    }

    [Fact]
    public async Task Decide_UnknownInstance_Returns404Problem()
    {
        var response = await _client.PostJsonAsync(WebApi.Decision("does-not-exist", "t1"), new { outcome = "approve" }, TestActor.VillageAssistant);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task List_ByPostAndDistrict_FindsOpenTasksInTheSubtree()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;

        var byVillagePost = await GetTasksAsync($"/api/tasks?post={Uri.EscapeDataString("村协理员")}&division={TestDivisions.District}");
        var byOtherPost = await GetTasksAsync($"/api/tasks?post={Uri.EscapeDataString("民政办")}&division={TestDivisions.District}");
        var elsewhere = await GetTasksAsync($"/api/tasks?division=500114000000");

        Assert.Contains(byVillagePost, t => (string?)t!["instanceId"] == id);
        Assert.DoesNotContain(byOtherPost, t => (string?)t!["instanceId"] == id);
        Assert.DoesNotContain(elsewhere, t => (string?)t!["instanceId"] == id);
    }

    [Fact]
    public async Task List_ClosedStatus_ListsDecidedTask()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        await _client.PostJsonAsync(WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve" }, TestActor.VillageAssistant);

        var closed = await GetTasksAsync($"/api/tasks?status=closed&division={TestDivisions.Village}");

        var task = Assert.Single(closed, t => (string?)t!["instanceId"] == id)!;
        Assert.Equal("入户调查", (string?)task["title"]);
    }

    [Fact]
    public async Task List_UnknownStatus_Returns400NamingStatus()
    {
        var response = await _client.GetAsAsync("/api/tasks?status=maybe");

        var problem = await response.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["status"]);
    }

    [Fact]
    public async Task Reply_FromEducationBureau_Returns200AndFinishesCase()
    {
        var (id, referral) = await AtReferralAsync();

        var response = await _client.PostJsonAsync($"/api/tasks/{id}/{referral}/reply", new { outcome = "approve", comment = "在校就读" }, TestActor.EducationOfficer);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await response.ReadJsonAsync();
        Assert.Equal("Finished", (string?)after["status"]);
    }

    [Fact]
    public async Task Reply_ForAnotherDepartment_IsNotFound_BecauseTheCaseWasNeverReferredToIt()
    {
        var (id, referral) = await AtReferralAsync();
        var outsider = TestActor.EducationOfficer with { Departments = ["district-health"] };

        var response = await _client.PostJsonAsync($"/api/tasks/{id}/{referral}/reply", new { outcome = "approve" }, outsider);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }

    private async Task<(string InstanceId, string TaskId)> AtReferralAsync()
    {
        var instance = await _client.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        var afterVisit = await (await _client.PostJsonAsync(
            WebApi.Decision(id, instance.OpenTaskId("入户调查")), new { outcome = "approve" }, TestActor.VillageAssistant)).ReadJsonAsync();
        var afterReview = await (await _client.PostJsonAsync(
            WebApi.Decision(id, afterVisit.OpenTaskId("乡镇审核")), new { outcome = "approve" }, TestActor.TownshipReviewer)).ReadJsonAsync();
        return (id, afterReview.OpenTaskId("教育局核实在学情况"));
    }

    private async Task<JsonArray> GetTasksAsync(string url)
    {
        var response = await _client.GetAsAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.ReadJsonAsync()).AsArray();
    }
}
