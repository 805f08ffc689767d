using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 2 on the real host and PostgreSQL: a one-time notice of missing material pauses the clock and the
/// supply resumes it (or the case closes itself when nothing comes); an objection during 公示 leads to a 民主评议 and a
/// second 公示; the district refuses and the window's notice carries the reasons, the 3-working-day deadline and the
/// appeal routes; an applicant related to staff raises 单独登记备案 and that staff member is never a candidate.
/// </summary>
public sealed class Scenario2SupplementObjectionRefusalTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario2_SupplementPausesClock_ObjectionRerunsNotice_DistrictRefusesWithReasons()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19600303", 21), ["dibao"],
            household: [new { name = "张小军", relation = "子女", idNumber = IdNumbers.Make("500113", "19850808", 33) }], requestKey: "s2-main"));
        var id = (string)application["applicationId"]!;
        var dibao = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;
        var intake = CaseworkApi.OpenTaskId(await api.InstanceAsync(Clerk, dibao), "受理低保申请");

        // 1. One notice listing everything missing; only what cannot be queried (户籍 and 社保 data are pulled).
        var paused = await api.PostAsync(Clerk, $"api/tasks/{dibao}/{intake}/supplement-request",
            new { missing = new[] { "儿子张小军的收入证明" }, autoCloseDays = 60 });
        var supplement = paused["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == intake)!["supplement"]!;
        Assert.Equal(["儿子张小军的收入证明"], supplement["missing"]!.AsArray().Select(m => (string)m!));
        var (refused, _) = await api.SendAsync(HttpMethod.Post, Clerk, $"api/tasks/{dibao}/{intake}/decision", new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.Conflict, refused);

        // 2. The applicant returns after 10 days: the clock resumes and the deadline moved by the pause.
        var dueBefore = Due(paused, intake);
        await api.AdvanceAsync(10, () => Task.FromResult(true), "the clock to move");
        var resumed = await api.PostAsync(Clerk, $"api/tasks/{dibao}/{intake}/supplement", new { supplied = new[] { "儿子张小军的收入证明" } });
        Assert.True(Due(resumed, intake) > dueBefore, "the pause must push the intake deadline back");
        var events = await api.GetAsync(Clerk, $"api/instances/{dibao}/events");
        Assert.Single(CaseworkApi.Events(events, "ClockPaused"));
        Assert.Single(CaseworkApi.Events(events, "ClockResumed"));

        await api.DecideAsync(Clerk, dibao, intake);
        await api.DecideOpenAsync(VillageAssistant, dibao, "入户调查");
        var inNotice = await api.DecideOpenAsync(TownshipReviewer, dibao, "乡镇审核");

        // 3. A neighbour objects during 公示: re-investigation with a 民主评议, then the 公示 runs again.
        var notice = Assert.Single(inNotice["publicNotices"]!.AsArray())!;
        var objected = await api.PostAsync(VillageAssistant, $"api/instances/{dibao}/objections",
            new { bookmarkId = (string)notice["bookmarkId"]!, text = "该户有一辆小汽车未申报" });
        var recheck = CaseworkApi.OpenTaskId(objected, "公示异议复查");
        await api.PostAsync(TownshipReviewer, $"api/tasks/{dibao}/{recheck}/deliberation", new
        {
            attendees = new[] { "村支书 王明", "村主任 李华", "村委 赵兰", "村民代表 陈一", "村民代表 刘二", "村民代表 孙三", "村民代表 周四", "村民代表 吴五", "驻村干部 郑六" },
            votesFor = 2,
            votesAgainst = 6,
            abstentions = 1,
            minutes = "核实该户名下有小汽车一辆，多数代表认为不符合条件",
        });
        var again = await api.DecideAsync(TownshipReviewer, dibao, recheck, "approve", "经民主评议，维持初审意见并重新公示");
        Assert.Single(again["publicNotices"]!.AsArray());
        events = await api.GetAsync(Clerk, $"api/instances/{dibao}/events");
        Assert.Single(CaseworkApi.Events(events, "ObjectionRecorded"));
        Assert.Single(CaseworkApi.Events(events, "DeliberationRecorded"));
        await api.AdvanceAsync(8, async () => CaseworkApi.OpenTasks(await api.InstanceAsync(DistrictApprover, dibao)).Count == 1,
            "the second 公示 to run out");

        // 4. The county refuses; the window's notice states the reasons, the deadline and the appeal routes.
        var decided = await api.DecideOpenAsync(DistrictApprover, dibao, "审核确认", "reject", "家庭拥有机动车辆，不符合低保条件");
        Assert.Equal("rejected", (string?)decided["variables"]!["result"]);
        var written = await api.GetAsync(Clerk, $"api/applications/{id}/notice");
        var item = Assert.Single(written["items"]!.AsArray())!;
        Assert.Equal("不予批准", (string?)item["resultName"]);
        Assert.Equal("家庭拥有机动车辆，不符合低保条件", (string?)item["reasons"]);
        var decidedAt = DateTimeOffset.Parse((string)item["decidedAt"]!, CultureInfo.InvariantCulture);
        var dueAt = DateTimeOffset.Parse((string)item["writtenNoticeDueAt"]!, CultureInfo.InvariantCulture);
        Assert.InRange((dueAt - decidedAt).TotalDays, 3, 9);
        Assert.Contains("行政复议", (string?)written["appealRoutes"]);
        Assert.Contains("行政诉讼", (string?)written["appealRoutes"]);
    }

    [Fact]
    public async Task Scenario2_NoSupplement_ClosesTheCaseByRule()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19580404", 12), ["dibao"], requestKey: "s2-close"));
        var id = (string)application["applicationId"]!;
        var dibao = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;
        var intake = CaseworkApi.OpenTaskId(await api.InstanceAsync(Clerk, dibao), "受理低保申请");
        await api.PostAsync(Clerk, $"api/tasks/{dibao}/{intake}/supplement-request", new { missing = new[] { "户口簿原件" }, autoCloseDays = 20 });

        await api.AdvanceAsync(21, async () => (string?)(await api.InstanceAsync(Clerk, dibao))["status"] == "ClosedForMissingMaterial",
            "the supplement period to run out and close the case");
        var events = await api.GetAsync(Clerk, $"api/instances/{dibao}/events");
        var finished = Assert.Single(CaseworkApi.Events(events, "InstanceFinished"));
        Assert.Contains("补正", (string?)finished["rule"]);
        var closed = await api.ApplicationAsync(Clerk, id);
        Assert.Equal("closed", (string?)closed["status"]);
        Assert.Equal("closed-missing-material", (string?)CaseworkApi.SubCase(closed, "dibao")["result"]);
    }

    [Fact]
    public async Task Scenario2_RelativeOfStaff_RaisesSeparateRegistration_AndTheRelativeIsNeverACandidate()
    {
        var api = host.Api();
        // 李娜, the only village assistant of 桂花村, registered this applicant as her relative.
        var application = await api.SubmitAsync(Clerk, Application("500113198005050026", ["dibao"], requestKey: "s2-relative"));
        Assert.Contains(application["flags"]!.AsArray(), f => ((string?)f)!.StartsWith("单独登记备案", StringComparison.Ordinal));

        var dibao = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;
        await api.DecideOpenAsync(Clerk, dibao, "受理低保申请");
        var visit = CaseworkApi.OpenTasks(await api.InstanceAsync(Clerk, dibao)).Single();
        Assert.DoesNotContain(visit["candidates"]!.AsArray(), c => (string?)c!["userId"] == VillageAssistant);
        Assert.Contains("回避", (string?)visit["fallback"]);
        var visitId = (string)visit["taskId"]!;
        var (status, _) = await api.SendAsync(HttpMethod.Post, VillageAssistant, $"api/tasks/{dibao}/{visitId}/decision", new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.Forbidden, status);

        // The county visits the household itself: the supervisor assigns the visit to the district, which records it.
        var (notSupervisor, _) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, $"api/tasks/{dibao}/{visitId}/assign",
            new { toUserId = DistrictApprover, reason = "单独登记备案，区县入户核查" });
        Assert.Equal(HttpStatusCode.Forbidden, notSupervisor);
        var assigned = await api.PostAsync(Supervisor, $"api/tasks/{dibao}/{visitId}/assign", new { toUserId = DistrictApprover, reason = "单独登记备案，区县入户核查" });
        Assert.Equal(DistrictApprover, (string?)assigned["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == visitId)!["holder"]);
        await api.DecideAsync(DistrictApprover, dibao, visitId, "approve", "区县入户核查：情况属实");
        var events = await api.GetAsync(Supervisor, $"api/instances/{dibao}/events");
        var transfer = Assert.Single(CaseworkApi.Events(events, "TaskTransferred"));
        Assert.Equal(Supervisor, (string?)transfer["actorId"]);
    }

    private static DateTimeOffset Due(JsonNode instance, string taskId) =>
        DateTimeOffset.Parse((string)instance["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == taskId)!["dueAt"]!, CultureInfo.InvariantCulture);
}
