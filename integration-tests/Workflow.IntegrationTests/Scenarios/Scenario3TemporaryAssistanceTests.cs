using System.Net;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 3 on the real host and PostgreSQL: 急难型 临时救助 paid first by the village within its authority and
/// documented afterwards, with the parallel 转介 to the 慈善会; then 支出型 approved once and paid in stages up to the
/// yearly cap, with the district's 一事一议 above it and the parallel 医疗救助 referral.
/// </summary>
public sealed class Scenario3TemporaryAssistanceTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario3_Emergency_PaidBeforeTheDecision_WithinTheVillagesAuthority_ThenDocumented()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19750606", 41), ["temporary-assistance"],
            new { emergency = true }, requestKey: "s3-fire"));
        var id = (string)application["applicationId"]!;
        var relief = (string)CaseworkApi.SubCase(application, "temporary-assistance")["instanceId"]!;
        var charity = (string)CaseworkApi.SubCase(application, "charity-referral")["instanceId"]!;

        // Night of the fire: the village pays 小额先行救助 before anyone has decided anything…
        var paid = await api.PostAsync(VillageAssistant, $"api/applications/{id}/items/temporary-assistance/payments",
            new { amountYuan = 800, kind = "advance", note = "火灾当晚先行救助" });
        Assert.Equal(800m, (decimal)paid["paidThisYearYuan"]!);
        Assert.Single(CaseworkApi.OpenTasks(await api.InstanceAsync(TownshipReviewer, relief)));
        // …but not beyond its configured authority.
        var (tooMuch, problem) = await api.SendAsync(HttpMethod.Post, VillageAssistant, $"api/applications/{id}/items/temporary-assistance/payments",
            new { amountYuan = 1500, kind = "advance" });
        Assert.Equal(HttpStatusCode.Forbidden, tooMuch);
        Assert.Contains("先行救助权限", (string?)problem!["reason"]);

        // Next day the township completes the record.
        await api.DecideOpenAsync(TownshipReviewer, relief, "急难型临时救助先行救助审批");
        await api.DecideOpenAsync(Clerk, relief, "先行发放救助金", "paid");
        await api.DecideOpenAsync(Clerk, relief, "事后补充说明情况", "submit");
        var documented = await api.DecideOpenAsync(TownshipReviewer, relief, "补办手续审核");
        Assert.Equal("approved", (string?)documented["variables"]!["result"]);

        // The 转介 to the 慈善会 ran in parallel and closes the parent with it.
        var referral = CaseworkApi.OpenTasks(await api.InstanceAsync(CharityOfficer, charity)).Single();
        await api.ReplyAsync(CharityOfficer, charity, (string)referral["taskId"]!, "approve", "慈善会资助 2000 元");
        Assert.Equal("closed", (string?)(await api.ApplicationAsync(Clerk, id))["status"]);
    }

    [Fact]
    public async Task Scenario3_ExpenseType_ApprovedOnce_PaidInStages_StopsAtTheCap_DistrictExceptionAbove()
    {
        var api = host.Api();
        var application = await api.SubmitAsync(Clerk, Application(IdNumbers.Make("500113", "19770707", 52), ["temporary-assistance"],
            new { hasChronicIllness = true }, requestKey: "s3-hospital"));
        var id = (string)application["applicationId"]!;
        var relief = (string)CaseworkApi.SubCase(application, "temporary-assistance")["instanceId"]!;
        var payments = $"api/applications/{id}/items/temporary-assistance/payments";
        Assert.NotNull(CaseworkApi.SubCase(application, "medical-assistance"));

        var (early, _) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, payments, new { amountYuan = 3000, kind = "stage" });
        Assert.Equal(HttpStatusCode.Conflict, early);

        await api.DecideOpenAsync(TownshipReviewer, relief, "支出型临时救助乡镇审核");
        // The district's 集体研究 is a 会签 of both 区民政局 officers: approved once the second has signed too.
        await api.DecideOpenAsync(SecondDistrictApprover, relief, "支出型临时救助审批", comment: "同意");
        var approved = await api.DecideOpenAsync(DistrictApprover, relief, "支出型临时救助审批", comment: "核定分三期救助");
        Assert.Equal("approved", (string?)approved["variables"]!["result"]);

        // One approval, three stages as the bills arrive.
        await api.PostAsync(TownshipReviewer, payments, new { amountYuan = 3000, kind = "stage", note = "第一期：住院押金" });
        await api.PostAsync(TownshipReviewer, payments, new { amountYuan = 4000, kind = "stage", note = "第二期：手术费用" });
        var third = await api.PostAsync(TownshipReviewer, payments, new { amountYuan = 2500, kind = "stage", note = "第三期：康复费用" });
        Assert.Equal(9500m, (decimal)third["paidThisYearYuan"]!);
        Assert.False((bool)third["capReached"]!);

        // The yearly cap of 10000 元 holds, and reaching it warns.
        var (over, overProblem) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, payments, new { amountYuan = 600, kind = "stage" });
        Assert.Equal(HttpStatusCode.Conflict, over);
        Assert.Contains("年度救助上限", (string?)overProblem!["reason"]);
        var atCap = await api.PostAsync(TownshipReviewer, payments, new { amountYuan = 500, kind = "stage", note = "第四期" });
        Assert.True((bool)atCap["capReached"]!);
        Assert.Contains("一事一议", (string?)atCap["warning"]);

        // Above the cap only the district decides, 一事一议, with its reason.
        var (notDistrict, _) = await api.SendAsync(HttpMethod.Post, TownshipReviewer, payments, new { amountYuan = 3000, kind = "exception", note = "重大疾病" });
        Assert.Equal(HttpStatusCode.Forbidden, notDistrict);
        var exception = await api.PostAsync(DistrictApprover, payments, new { amountYuan = 3000, kind = "exception", note = "一事一议：重大疾病，区务会研究同意" });
        Assert.Equal(13000m, (decimal)exception["paidThisYearYuan"]!);
        Assert.Equal(["stage", "stage", "stage", "stage", "exception"], exception["payments"]!.AsArray().Select(p => (string)p!["kind"]!));
        var audit = await api.GetAsync(Clerk, $"api/applications/{id}/audit");
        Assert.Equal(5, audit.AsArray().Count(a => ((string?)a!["action"])!.StartsWith("payment.", StringComparison.Ordinal)));
    }
}
