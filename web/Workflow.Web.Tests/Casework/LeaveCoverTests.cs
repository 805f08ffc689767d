using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework.Application.Cover;
using Workflow.Testing;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Casework;

/// <summary>
/// Leave cover (代理, issue 12): a new task for someone away also reaches their deputy, who may act on it, recorded as
/// "代 X 办理"; an arrangement outside its dates or outside the user's office covers nothing.
/// </summary>
public sealed class LeaveCoverTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private static readonly TestActor Zhangwei = TestActor.TownshipReviewer;
    private static readonly TestActor Yangfan = new("yangfan", ["未保工作站"], [TestDivisions.Township], []);

    private DateOnly Today => factory.Services.GetRequiredService<DeputyService>().Today;

    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task<(string InstanceId, string TaskId, JsonNode Task)> StartOldAgeAsync(HttpClient api)
    {
        var started = await api.PostJsonAsync("/api/instances", new
        {
            definitionId = "old-age-allowance",
            input = new { divisionCode = TestDivisions.Village, applicantName = "周桂芳", serviceItem = "old-age-allowance" },
        }, TestActor.Administrator);
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var view = await started.ReadJsonAsync();
        var task = view["tasks"]!.AsArray().First(t => (string?)t!["status"] == "Open")!;
        return ((string)view["instanceId"]!, (string)task["taskId"]!, task);
    }

    [Fact]
    public async Task Deputy_InRange_GetsTheNewTask_AndActsAs代办()
    {
        var api = factory.CreateClient();
        var cover = await api.PostJsonAsync("/api/deputies", new { deputyId = "yangfan", from = Day(Today), to = Day(Today.AddDays(2)) }, Zhangwei);
        Assert.Equal(HttpStatusCode.OK, cover.StatusCode);

        var (instanceId, taskId, task) = await StartOldAgeAsync(api);
        var decided = await api.PostJsonAsync(WebApi.Decision(instanceId, taskId), new { outcome = "approve", comment = "代张伟审核" }, Yangfan);
        var overview = await (await api.GetAsAsync("/api/deputies", Yangfan)).ReadJsonAsync();
        var events = await (await api.GetAsAsync($"/api/instances/{instanceId}/events", TestActor.Administrator)).Content.ReadAsStringAsync();

        var deputy = task["candidates"]!.AsArray().Single(c => (string?)c!["userId"] == "yangfan")!;
        Assert.Equal("zhangwei", (string?)deputy["coverFor"]);
        Assert.True(decided.StatusCode == HttpStatusCode.OK, await decided.Content.ReadAsStringAsync());
        Assert.Contains("\"onBehalfOf\":\"zhangwei\"", events, StringComparison.Ordinal);
        Assert.Equal("张伟", (string?)overview["covering"]![0]!["userName"]);
    }

    [Fact]
    public async Task Deputy_CoverClearedEarly_NoLongerActsOnTasksItReached()
    {
        var api = factory.CreateClient();
        var cover = await (await api.PostJsonAsync("/api/deputies", new { deputyId = "yangfan", from = Day(Today), to = Day(Today.AddDays(2)) }, Zhangwei))
            .ReadJsonAsync();
        var (instanceId, taskId, task) = await StartOldAgeAsync(api);

        var cleared = await api.PostJsonAsync($"/api/deputies/{cover["id"]}/clear", new { }, Zhangwei);
        var decided = await api.PostJsonAsync(WebApi.Decision(instanceId, taskId), new { outcome = "approve", comment = "代张伟审核" }, Yangfan);
        var events = await (await api.GetAsAsync($"/api/instances/{instanceId}/events", TestActor.Administrator)).Content.ReadAsStringAsync();

        Assert.Contains(task["candidates"]!.AsArray(), c => (string?)c!["userId"] == "yangfan");
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("CoverEnded", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deputy_CoverClearedWhileTheCoveredUserHoldsTheTask_DoesNotStandWhenItIsReleased()
    {
        var api = factory.CreateClient();
        var cover = await (await api.PostJsonAsync("/api/deputies", new { deputyId = "yangfan", from = Day(Today), to = Day(Today.AddDays(2)) }, Zhangwei))
            .ReadJsonAsync();
        var (instanceId, taskId, _) = await StartOldAgeAsync(api);
        var claimed = await api.PostJsonAsync($"/api/tasks/{instanceId}/{taskId}/claim", new { }, Zhangwei);

        var cleared = await api.PostJsonAsync($"/api/deputies/{cover["id"]}/clear", new { }, Zhangwei);
        var clearedAgain = await api.PostJsonAsync($"/api/deputies/{cover["id"]}/clear", new { }, Zhangwei);
        var released = await api.PostJsonAsync($"/api/tasks/{instanceId}/{taskId}/release", new { }, Zhangwei);
        var decided = await api.PostJsonAsync(WebApi.Decision(instanceId, taskId), new { outcome = "approve", comment = "代张伟审核" }, Yangfan);
        var events = await (await api.GetAsAsync($"/api/instances/{instanceId}/events", TestActor.Administrator)).Content.ReadAsStringAsync();

        Assert.True(claimed.IsSuccessStatusCode, await claimed.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, clearedAgain.StatusCode);
        Assert.True(released.IsSuccessStatusCode, await released.Content.ReadAsStringAsync());
        Assert.NotEqual(HttpStatusCode.OK, decided.StatusCode);
        Assert.Contains("CoverEnded", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deputy_OutOfRangeOrCleared_GetsNothing()
    {
        var api = factory.CreateClient();
        var future = await (await api.PostJsonAsync("/api/deputies", new { deputyId = "wangfang", from = Day(Today.AddDays(3)), to = Day(Today.AddDays(5)) },
            new TestActor("zhaolei", ["民政办"], [TestDivisions.Township], []))).ReadJsonAsync();

        var (_, _, task) = await StartOldAgeAsync(api);

        Assert.Equal("zhaolei", (string?)future["userId"]);
        Assert.DoesNotContain(task["candidates"]!.AsArray(), c => (string?)c!["userId"] == "wangfang");
    }

    [Theory]
    [InlineData("liuqiang", 0, 2)]
    [InlineData("yangfan", 2, 0)]
    [InlineData("zhangwei", 0, 2)]
    [InlineData("yangfan", -5, -3)]
    public async Task Deputy_OutsideTheOfficeOrWithBadDates_IsRefusedInChinese(string deputyId, int fromDays, int toDays)
    {
        var api = factory.CreateClient();

        var refused = await api.PostJsonAsync("/api/deputies",
            new { deputyId, from = Day(Today.AddDays(fromDays)), to = Day(Today.AddDays(toDays)) }, Zhangwei);

        var problem = await refused.AssertProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains((string?)problem["reason"] ?? "", r => r is >= '\u4e00' and <= '\u9fff');
    }

    [Fact]
    public async Task Deputy_SetAndClear_AreAudited()
    {
        var api = factory.CreateClient();
        var caller = new TestActor("zhaolei", ["民政办"], [TestDivisions.Township], []);
        var set = await (await api.PostJsonAsync("/api/deputies", new { deputyId = "yangfan", from = Day(Today), to = Day(Today) }, caller)).ReadJsonAsync();

        var byOther = await api.PostJsonAsync($"/api/deputies/{set["id"]}/clear", new { }, Zhangwei);
        var cleared = await api.PostJsonAsync($"/api/deputies/{set["id"]}/clear", new { }, caller);
        var audit = await factory.Services.GetRequiredService<Workflow.Engine.Persistence.Casework.CaseworkStore>().ListAuditAsync("deputy", (string)set["id"]!);

        Assert.Equal(HttpStatusCode.NotFound, byOther.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, cleared.StatusCode);
        Assert.Equal(["deputy.set", "deputy.clear"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("zhaolei", a.ActorId));
    }
}
