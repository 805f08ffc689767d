using System.Net;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 4 on the real host and PostgreSQL, 川渝通办: a 梁平区 (重庆) resident living in 达州 (四川, with a
/// city level) applies for 残疾人两项补贴 at her 达州 street window. The case is handed over to her 户籍地 梁平, whose
/// township, 区残联 and 区民政局 decide it; the result comes back to the 达州 window. Both jurisdictions see it, each
/// leg has its deadline, officers of a third district see nothing, and when her 户籍 moves to 达州 the entitlement
/// moves with it without a month's gap.
/// </summary>
public sealed class Scenario4CrossProvinceTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario4_AcceptedInDazhou_DecidedInLiangping_ResultBackAtTheDazhouWindow()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(DazhouWindow, Application(IdNumbers.Make("500155", "19800909", 62), ["disability-subsidies"],
            new { disabilityGrade = "一级" }, requestKey: "s4-handover", hukou: Shuanggui, residence: Xinhua, residencePermit: true, window: Tongchuan));
        var id = (string)application["applicationId"]!;
        var sub = CaseworkApi.SubCase(application, "disability-subsidies");
        var instance = (string)sub["instanceId"]!;

        // Accepting jurisdiction ≠ deciding jurisdiction.
        Assert.Equal(Tongchuan, (string?)application["windowDivisionCode"]);
        Assert.Equal(Shuanggui, (string?)sub["caseDivisionCode"]);
        Assert.Contains(application["flags"]!.AsArray(), f => ((string?)f)!.StartsWith("跨省通办", StringComparison.Ordinal));

        // Status is visible to both jurisdictions, and to nobody else.
        await api.ApplicationAsync(LiangpingTownship, id);
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, TownshipReviewer, $"api/applications/{id}")).Status);

        // The 梁平 chain: township 初审 → 区残联 审核 → 区民政局 审批, each leg with a deadline.
        var first = await api.InstanceAsync(LiangpingTownship, instance);
        var township = CaseworkApi.OpenTasks(first).Single();
        Assert.Equal(Liangshan, (string?)township["assignee"]!["divisionCode"]);
        Assert.NotNull(township["dueAt"]);
        var (wrongTownship, _) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, $"api/tasks/{instance}/{(string)township["taskId"]!}/decision",
            new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.NotFound, wrongTownship);
        var reviewed = await api.DecideAsync(LiangpingTownship, instance, (string)township["taskId"]!, "approve", "材料齐全，残疾等级一级");

        var dpf = CaseworkApi.OpenTasks(reviewed).Single();
        Assert.Equal("district-dpf", (string?)dpf["assignee"]!["departmentCode"]);
        Assert.Equal("500155000000", (string?)dpf["assignee"]!["divisionCode"]);
        Assert.Equal([LiangpingDisability], dpf["candidates"]!.AsArray().Select(c => (string)c!["userId"]!));
        Assert.NotNull(dpf["dueAt"]);
        var (otherDistrictsDpf, _) = await api.SendAsync(HttpMethod.Post, DisabilityOfficer, $"api/tasks/{instance}/{(string)dpf["taskId"]!}/reply",
            new { outcome = "approve" });
        Assert.Equal(HttpStatusCode.NotFound, otherDistrictsDpf);
        var checkedGrade = await api.ReplyAsync(LiangpingDisability, instance, (string)dpf["taskId"]!, "approve", "残疾证一级，符合护理补贴条件");

        var district = CaseworkApi.OpenTasks(checkedGrade).Single();
        Assert.NotNull(district["dueAt"]);
        var decided = await api.DecideAsync(LiangpingDistrict, instance, (string)district["taskId"]!, "approve", "同意，自申请当月起计发");
        Assert.Equal("approved", (string?)decided["variables"]!["result"]);

        // The decision flows back to the 达州 counter, which issues it.
        var back = await api.ApplicationAsync(DazhouWindow, id);
        Assert.Equal("closed", (string?)back["status"]);
        var notice = await api.GetAsync(DazhouWindow, $"api/applications/{id}/notice");
        Assert.Equal(Tongchuan, (string?)notice["windowDivisionCode"]);
        Assert.Equal("批准", (string?)notice["items"]!.AsArray().Single()!["resultName"]);
        Assert.Equal("lp-district", (string?)notice["items"]!.AsArray().Single()!["decidedBy"]);

        // 5. She moves her 户籍 to 达州: 梁平 pays up to the month before, 达州 from that month, no gap.
        var (early, _) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, $"api/applications/{id}/transfer", new { newHukouDivisionCode = Xinhua });
        Assert.Equal(HttpStatusCode.NotFound, early);
        var moved = await api.OkAsync(HttpMethod.Post, DazhouWindow, $"api/applications/{id}/transfer",
            new { newHukouDivisionCode = Xinhua, fromMonth = "2027-01" }, HttpStatusCode.Created);
        Assert.Equal(Xinhua, (string?)CaseworkApi.SubCase(moved, "disability-subsidies")["caseDivisionCode"]);
        Assert.Equal("in", (string?)moved["transfer"]!["direction"]);
        Assert.Equal("2027-01", (string?)moved["transfer"]!["firstMonthPaidThere"]);
        var closedOut = await api.ApplicationAsync(LiangpingDistrict, id);
        Assert.Equal("out", (string?)closedOut["transfer"]!["direction"]);
        Assert.Equal("2026-12", (string?)closedOut["transfer"]!["lastMonthPaidHere"]);
        Assert.Equal((string?)moved["applicationId"], (string?)closedOut["transfer"]!["otherApplicationId"]);
        var newLeg = await api.InstanceAsync(DazhouWindow, (string)CaseworkApi.SubCase(moved, "disability-subsidies")["instanceId"]!);
        Assert.Equal(Tongchuan, (string?)CaseworkApi.OpenTasks(newLeg).Single()["assignee"]!["divisionCode"]);
        var (twice, _) = await api.SendAsync(HttpMethod.Post, DazhouWindow, $"api/applications/{id}/transfer", new { newHukouDivisionCode = Xinhua });
        Assert.Equal(HttpStatusCode.Conflict, twice);
    }

    [Fact]
    public async Task Scenario4_OnlineVariant_IsRecordedAsOnline()
    {
        var api = host.Api();
        var application = await api.OkAsync(HttpMethod.Post, DazhouWindow, "api/applications", new
        {
            windowDivisionCode = Tongchuan,
            channel = "online",
            applicant = new
            {
                name = "刘芳",
                idNumber = IdNumbers.Make("500155", "19820202", 18),
                phone = "13900001111",
                bankAccount = "6222020200112233999",
                hukouDivisionCode = Shuanggui,
                residenceDivisionCode = Xinhua,
                hasResidencePermit = true,
            },
            household = Array.Empty<object>(),
            items = new[] { "disability-subsidies" },
            assessment = new { disabilityGrade = "二级" },
            consentToFinancialCheck = true,
        }, HttpStatusCode.Created);
        Assert.Equal("online", (string?)application["channel"]);
        var receipt = await api.GetAsync(DazhouWindow, $"api/applications/{(string)application["applicationId"]!}/receipt");
        Assert.Equal("online", (string?)receipt["channel"]);
    }
}
