using System.Net;
using System.Text.Json.Nodes;
using Workflow.IntegrationTests.Infrastructure;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 1 on the real host and PostgreSQL, district decides: one integrated application at the 界石镇
/// window splits into 低保 (民政) and parallel referrals to 区教育局 and 区医保局; village investigation, township
/// review, a 7-day 公示 that runs out, district confirmation; the parent closes only when all three have closed and
/// the window prints one notice.
/// </summary>
public sealed class Scenario1DibaoTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario1_IntegratedApplication_ParallelReferrals_NoticeRunsOut_DistrictConfirms_ParentClosesLast()
    {
        var api = host.Api();
        var applicantId = IdNumbers.Make("500113", "19700101", 123);
        var child = IdNumbers.Make("500113", "20120305", 45);
        var spouse = IdNumbers.Make("500113", "19720202", 67);

        // 1–2. One application, three needs: the assessment adds 教育救助 and 医疗救助 to 低保.
        var application = await api.SubmitAsync(Clerk, Application(applicantId, ["dibao"],
            new { hasSchoolChild = true, hasChronicIllness = true },
            [new { name = "李小明", relation = "子女", idNumber = child }, new { name = "李大山", relation = "配偶", idNumber = spouse }], "s1-intake"));
        var id = (string)application["applicationId"]!;
        Assert.Equal(["dibao", "education-assistance", "medical-assistance"],
            application["subCases"]!.AsArray().Select(s => (string)s!["itemCode"]!).Order());
        Assert.DoesNotContain(applicantId, application.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain(child, application.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal("138****5678", (string?)application["applicant"]!["phone"]);

        // A double click accepts once.
        var again = await api.SubmitAsync(Clerk, Application(applicantId, ["dibao"], new { hasSchoolChild = true, hasChronicIllness = true }, null, "s1-intake"));
        Assert.Equal(id, (string?)again["applicationId"]);

        var receipt = await api.GetAsync(Clerk, $"api/applications/{id}/receipt");
        Assert.Equal((string?)application["caseNumber"], (string?)receipt["caseNumber"]);
        Assert.Equal(3, receipt["items"]!.AsArray().Count);

        // Every transfer has an owner and a due date, at once and in parallel.
        var education = await OpenReferralAsync(api, EducationOfficer, application, "education-assistance", "district-education");
        var medical = await OpenReferralAsync(api, MedicalOfficer, application, "medical-assistance", "district-medical-insurance");

        // 4–6. The 低保 item: window intake, village visit, township review, 公示, district confirmation.
        var dibao = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;
        await api.DecideOpenAsync(Clerk, dibao, "受理低保申请");
        await api.DecideOpenAsync(VillageAssistant, dibao, "入户调查");
        var reviewed = await api.DecideOpenAsync(TownshipReviewer, dibao, "乡镇审核", comment: "家庭人均收入低于 496 元/人·月，拟纳入低保");
        Assert.Empty(CaseworkApi.OpenTasks(reviewed));
        await api.AdvanceAsync(8, async () => CaseworkApi.OpenTasks(await api.InstanceAsync(DistrictApprover, dibao)).Count == 1,
            "the 7-day 公示 to run out and open the district's 审核确认");

        // 8. 教育 answers meanwhile.
        await api.ReplyAsync(EducationOfficer, education.Instance, education.Task, "approve", "减免学费");
        var confirmed = await api.DecideOpenAsync(DistrictApprover, dibao, "审核确认", comment: "同意");
        Assert.Equal("Finished", (string?)confirmed["status"]);
        Assert.Equal("approved", (string?)confirmed["variables"]!["result"]);

        // The parent is not closed while 医保 is still open.
        var waiting = await api.ApplicationAsync(Clerk, id);
        Assert.Equal("processing", (string?)waiting["status"]);
        Assert.False((bool)(await api.GetAsync(Clerk, $"api/applications/{id}/notice"))["isFinal"]!);

        await api.ReplyAsync(MedicalOfficer, medical.Instance, medical.Task, "approve", "纳入医疗救助对象");
        var closed = await api.ApplicationAsync(Clerk, id);
        Assert.Equal("closed", (string?)closed["status"]);
        Assert.All(closed["subCases"]!.AsArray(), s => Assert.Equal("approved", (string?)s!["result"]));

        // 7. 统一窗口出件: one notice at the window that accepted it.
        var notice = await api.GetAsync(Clerk, $"api/applications/{id}/notice");
        Assert.True((bool)notice["isFinal"]!);
        Assert.Equal(Jieshi, (string?)notice["windowDivisionCode"]);
        Assert.Equal(3, notice["items"]!.AsArray().Count(i => (string?)i!["resultName"] == "批准"));

        // 9. The 低保 item finished well within 30 working days, and the audit shows who decided what.
        var events = await api.GetAsync(DistrictApprover, $"api/instances/{dibao}/events");
        var deciders = CaseworkApi.Events(events, "DecisionRecorded").Select(e => (string?)e["actorId"]).ToList();
        Assert.Equal([Clerk, VillageAssistant, TownshipReviewer, DistrictApprover], deciders);
        Assert.All(CaseworkApi.Events(events, "TaskOpened"), e => Assert.NotNull(e["dueAt"]));
        var accepted = DateTimeOffset.Parse((string)closed["acceptedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        var finished = DateTimeOffset.Parse((string)CaseworkApi.SubCase(closed, "dibao")["closedAt"]!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(finished - accepted < TimeSpan.FromDays(30), $"低保 took {finished - accepted}");
        var audit = await api.GetAsync(Clerk, $"api/applications/{id}/audit");
        Assert.Contains(audit.AsArray(), a => (string?)a!["action"] == "application.accept" && (string?)a["actorId"] == Clerk);
        Assert.Contains(audit.AsArray(), a => (string?)a!["action"] == "application.close");
    }

    [Fact]
    public async Task Scenario1_OtherJurisdictionAndBadInput_Get404And400WithNothingWritten()
    {
        var api = host.Api();
        var applicantId = IdNumbers.Make("500113", "19650505", 11);
        var application = await api.SubmitAsync(Clerk, Application(applicantId, ["dibao"], requestKey: "s1-scope"));
        var id = (string)application["applicationId"]!;
        var dibao = (string)CaseworkApi.SubCase(application, "dibao")["instanceId"]!;

        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, LiangpingWindow, $"api/applications/{id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, LiangpingTownship, $"api/instances/{dibao}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Post, LiangpingTownship, $"api/tasks/{dibao}/x/claim", new { })).Status);

        var before = (await api.GetAsync(Clerk, "api/applications?limit=500")).AsArray().Count;
        var (status, problem) = await api.SendAsync(HttpMethod.Post, Clerk, "api/applications",
            Application(IdNumbers.Broken(applicantId), ["dibao"], household: [new { name = "李四", relation = "子女", idNumber = "123" }]));
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(problem!["errors"]!["applicant.idNumber"]);
        Assert.NotNull(problem["errors"]!["household[0].idNumber"]);
        Assert.Equal(before, (await api.GetAsync(Clerk, "api/applications?limit=500")).AsArray().Count);
    }

    [Fact]
    public async Task Scenario1_FinancialCheck_AsksEverySourceAtOnce_RetriesTheSilentOne()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19740404", 27), ["dibao"], requestKey: "s1-check"));
        var id = (string)application["applicationId"]!;

        // 3. With the applicant's consent every source is asked at once (no certificates asked of the applicant).
        var checks = application["checks"]!.AsArray();
        Assert.Equal(7, checks.Count);
        Assert.All(checks, c => Assert.Equal("pending", (string?)c!["status"]));

        // Results arrive at different times; the bank stays silent.
        foreach (var check in checks.Where(c => (string?)c!["source"] != "bank"))
        {
            await api.PostAsync(TownshipReviewer, $"api/checks/{(string)check!["checkId"]!}/result", new { summary = "未发现影响认定的财产或收入" });
        }
        var (outsider, _) = await api.SendAsync(HttpMethod.Post, LiangpingTownship, $"api/checks/{id}-bank/result", new { summary = "x" });
        Assert.Equal(HttpStatusCode.NotFound, outsider);

        // Past the timeout the bank is asked again, and its late answer completes the check.
        await api.AdvanceAsync(1.5, async () =>
            (int)(await api.ApplicationAsync(Clerk, id))["checks"]!.AsArray().Single(c => (string?)c!["source"] == "bank")!["attempts"]! == 2,
            "the silent bank to be asked a second time");
        await api.PostAsync(TownshipReviewer, $"api/checks/{id}-bank/result", new { summary = "存款 3200 元" });
        var done = await api.ApplicationAsync(Clerk, id);
        Assert.All(done["checks"]!.AsArray(), c => Assert.Equal("answered", (string?)c!["status"]));
        var audit = await api.GetAsync(Clerk, $"api/applications/{id}/audit");
        Assert.Contains(audit.AsArray(), a => (string?)a!["action"] == "check.retry" && ((string)a["detail"]!).Contains("bank", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Scenario1b_ResidencePermitHolder_IsDecidedWhereSheLives_AndTheWindowKeepsTheCase()
    {
        var api = host.Api();
        // 户籍 in 梁平区, living in 桂花村 with a 居住证: 低保 is decided locally (结果互认 for the home county's data).
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500155", "19880808", 19), ["dibao"],
            requestKey: "s1b-permit", hukou: Shuanggui, residence: Guihua, residencePermit: true));
        var dibao = CaseworkApi.SubCase(application, "dibao");

        Assert.Equal(Guihua, (string?)dibao["caseDivisionCode"]);
        Assert.Contains("居住", (string?)dibao["jurisdictionBasis"]);
        var instance = await api.InstanceAsync(Clerk, (string)dibao["instanceId"]!);
        Assert.Equal(Jieshi, (string?)CaseworkApi.OpenTasks(instance).Single()["assignee"]!["divisionCode"]);
    }

    private static async Task<(string Instance, string Task)> OpenReferralAsync(CaseworkApi api, string officer, JsonNode application, string item, string department)
    {
        var instanceId = (string)CaseworkApi.SubCase(application, item)["instanceId"]!;
        var instance = await api.InstanceAsync(officer, instanceId);
        var task = Assert.Single(CaseworkApi.OpenTasks(instance));
        Assert.Equal("Referral", (string?)task["kind"]);
        Assert.Equal(department, (string?)task["assignee"]!["departmentCode"]);
        Assert.NotNull(task["dueAt"]);
        Assert.Contains(task["candidates"]!.AsArray(), c => (string?)c!["userId"] == officer);
        return (instanceId, (string)task["taskId"]!);
    }
}
