using System.Net;
using System.Text.Json.Nodes;
using Workflow.Casework.Application.Inbound;
using Workflow.IntegrationTests.Infrastructure;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 5 on the real host, PostgreSQL and RabbitMQ: a 12345 ticket on the bus ("市级受理、县级处置") opens one
/// child-protection case that only the child-protection posts see; the 儿童主任's emergency visit runs on an hours clock
/// with its yellow and red warnings; 临时监护; 公安, 教育 and 卫健 work the one case in parallel; 评估帮扶 opens a
/// 事实无人抚养儿童 application on the child's behalf (no 公示, township then county) whose allowance enters the ledger,
/// restricted; 监护干预; three follow-up visits 30 days apart; and the ticket closes back to the city with the outcome and
/// the satisfaction call, received on the bus.
/// </summary>
public sealed class Scenario5ChildProtectionTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    private const string DeFactoChild = "de-facto-unsupported-child";

    [Fact]
    public async Task Scenario5_HotlineTicketOnTheBus_RestrictedCaseWithHourWarningsDepartmentsAllowanceAndVisits_ClosedBackToTheCity()
    {
        var api = host.Api();
        await using var outside = await host.OutsideSystemsAsync();
        var child = IdNumbers.Make("500113", "20170510", 81);
        var ticket = new HotlineTicketReceived("city-12345", "ticket-s5", "CQ12345-20261206-0001", "重庆市12345政务服务便民热线",
            "邻居反映一名 9 岁儿童独自在家已数周，无人照看", new ReportedChild("刘小宇", child, Guihua, "界石镇桂花村 3 组"), "邻居 138****5678", "儿童保护",
            await api.NowAsync(), null);

        // 1. The city's ticket arrives on the bus, twice: one case.
        await outside.SendAsync(ticket);
        await outside.SendAsync(ticket);
        var caseId = (string)(await api.InboundAsync("ticket-s5"))["instanceId"]!;
        Assert.StartsWith("child-protection-", caseId, StringComparison.Ordinal);
        await Wait.UntilAsync(async () => await host.VirtualHost.AcknowledgedAsync(OutsideSystems.QueuePrefix + "hotline-ticket") >= 2, TimeSpan.FromSeconds(30),
            () => "both deliveries of the ticket consumed");
        Assert.Single((await api.GetAsync(Administrator, "api/admin/inbound?status=routed")).AsArray(), m => (string?)m!["senderId"] == "ticket-s5");

        // Restricted visibility: the child-protection posts see it; the village 协理员 and a department with no part in it do
        // not (the access policy also names the township window, CaseAccessPolicy.ChildProtectionPosts).
        foreach (var user in new[] { ChildProtectionCentre, ChildProtectionStation, ChildDirector })
        {
            Assert.Equal(caseId, (string?)(await api.InstanceAsync(user, caseId))["instanceId"]);
        }
        foreach (var user in new[] { VillageAssistant, MedicalOfficer })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, user, $"api/instances/{caseId}")).Status);
        }

        // 2. The county centre opens the case; the 儿童主任's emergency visit is due within 12 calendar hours.
        await api.DecideOpenAsync(ChildProtectionCentre, caseId, "受理 12345 工单并立案", "opened", "立案，通知儿童主任立即入户");
        var visit = Assert.Single(CaseworkApi.OpenTasks(await api.InstanceAsync(ChildDirector, caseId)));
        Assert.Equal("应急处置：儿童主任入户查看儿童安全状况", (string?)visit["title"]);
        var due = visit["dueAt"]!.GetValue<DateTimeOffset>();
        Assert.Equal(TimeSpan.FromHours(12), due - visit["openedAt"]!.GetValue<DateTimeOffset>());
        // Yellow with a quarter of the hours left (after 9 h), red at the due hour.
        await api.AdvanceAsync(9.5 / 24, async () => (await WarningsAsync(api, caseId, due)).Count == 1, "the yellow warning");
        Assert.Equal(["Yellow"], await WarningsAsync(api, caseId, due));
        await api.AdvanceAsync(3.0 / 24, async () => (await WarningsAsync(api, caseId, due)).Count == 2, "the red warning");
        Assert.Equal(["Yellow", "Red"], await WarningsAsync(api, caseId, due));
        await api.DecideOpenAsync(ChildDirector, caseId, "应急处置", "homeVisited", "已入户：儿童独自在家，无人照料，已报告县未保中心");

        // 3. 临时监护, then 公安, 教育 and 卫健 on the one case at once.
        var guarded = await api.DecideOpenAsync(ChildProtectionCentre, caseId, "临时监护", "recorded", "儿童由县未保中心临时监护，已登记");
        Assert.Contains(guarded["tasks"]!.AsArray(), t => ((string)t!["title"]!).StartsWith("临时监护", StringComparison.Ordinal)
            && (string?)t["outcome"] == "recorded" && (string?)t["actorId"] == ChildProtectionCentre);
        var referrals = CaseworkApi.OpenTasks(await api.InstanceAsync(ChildProtectionCentre, caseId));
        Assert.Equal(["district-education", "district-health", "district-public-security"],
            referrals.Select(t => (string)t["assignee"]!["departmentCode"]!).Order(StringComparer.Ordinal));
        foreach (var (officer, department, answer) in new[]
        {
            (PoliceOfficer, "district-public-security", "父亲在监狱服刑，母亲失联 7 个月"),
            (EducationOfficer, "district-education", "已劝返复学"),
            (HealthOfficer, "district-health", "健康检查完成，轻度营养不良"),
        })
        {
            var task = referrals.Single(t => (string?)t["assignee"]!["departmentCode"] == department);
            await api.ReplyAsync(officer, caseId, (string)task["taskId"]!, "replied", answer);
        }

        // 4. 评估帮扶: the 未保工作站 applies on the child's behalf; no 公示, the township checks, the county confirms.
        Assert.Single(CaseworkApi.OpenTasks(await api.InstanceAsync(ChildProtectionStation, caseId)));
        var application = await api.SubmitAsync(ChildProtectionStation, DeFactoApplication(child));
        Assert.Equal(("none", "未保工作站"), ((string?)application["onBehalf"]!["consent"], (string?)application["onBehalf"]!["post"]));
        var deFacto = (string)CaseworkApi.SubCase(application, DeFactoChild)["instanceId"]!;
        await api.DecideOpenAsync(ChildProtectionStation, caseId, "评估帮扶", "assessed", "父亲服刑、母亲失联，已代为申请事实无人抚养儿童认定");
        await api.DecideOpenAsync(TownshipReviewer, deFacto, "乡镇（街道）审核", "approve", "核实父亲服刑、母亲失联满 6 个月");
        var confirmed = await api.DecideOpenAsync(DistrictApprover, deFacto, "区县民政局确认", "approve", "确认为事实无人抚养儿童");
        Assert.Equal("approved", (string?)confirmed["variables"]!["result"]);
        Assert.Empty(confirmed["publicNotices"]!.AsArray());
        var events = await api.GetAsync(DistrictApprover, $"api/instances/{deFacto}/events");
        Assert.DoesNotContain(CaseworkApi.Events(events, "BookmarkCreated"), b => (string?)b["kind"] == "Notice");
        var approvedOn = await api.NowAsync();
        var allowance = await api.LedgerEntryOfCaseAsync(DistrictApprover, deFacto);
        Assert.Equal((DeFactoChild, 1300m, ChinaMonths.After(approvedOn), true),
            ((string)allowance["itemCode"]!, (decimal)allowance["standardYuan"]!, (string)allowance["startMonth"]!, (bool)allowance["restricted"]!));
        Assert.Contains((await api.PostAsync(ChildProtectionCentre, "api/ledger/person", new { idNumber = child }))["entries"]!.AsArray(),
            e => (string?)e!["itemCode"] == DeFactoChild);
        Assert.Empty((await api.PostAsync(VillageAssistant, "api/ledger/person", new { idNumber = child }))["entries"]!.AsArray());
        Assert.Equal(HttpStatusCode.NotFound, (await api.SendAsync(HttpMethod.Get, VillageAssistant, $"api/ledger/cases/{deFacto}")).Status);

        // 5. 监护干预, then a visit every 30 days, three times, one after the other.
        await api.DecideOpenAsync(ChildProtectionStation, caseId, "监护干预", "signed", "祖母经评估具备监护能力，已签订委托照护协议");
        Assert.Empty(CaseworkApi.OpenTasks(await api.InstanceAsync(ChildDirector, caseId)));
        for (var n = 1; n <= 3; n++)
        {
            var title = $"儿童主任监护随访（第 {n}/3 次）";
            await api.AdvanceAsync(30, async () => CaseworkApi.OpenTasks(await api.InstanceAsync(ChildDirector, caseId)).Count == 1, title);
            Assert.Equal(title, (string?)Assert.Single(CaseworkApi.OpenTasks(await api.InstanceAsync(ChildDirector, caseId)))["title"]);
            await api.DecideOpenAsync(ChildDirector, caseId, title, "visited", $"第 {n} 次随访：儿童生活、就学正常");
        }

        // 6. The reply to 12345 with the satisfaction call closes the case, and the city receives the closing on the bus.
        var closed = await api.DecideOpenAsync(ChildProtectionCentre, caseId, "12345 工单办结回复", "satisfied", "已电话回访举报人，表示满意");
        Assert.Equal(("closed", "满意"), ((string?)closed["variables"]!["result"], (string?)closed["variables"]!["satisfaction"]));
        await Wait.UntilAsync(() => !outside.ClosedTickets.IsEmpty, TimeSpan.FromSeconds(30), () => $"the ticket's closing on the bus\n{host.Output}");
        var closing = Assert.Single(outside.ClosedTickets);
        Assert.Equal((ticket.TicketNumber, "满意"), (closing.TicketNumber, closing.Satisfaction));
        Assert.StartsWith("已处置", closing.Outcome, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(closing.HandledBy));
    }

    /// <summary>The yellow and red warnings raised so far on the clock due at <paramref name="due"/>, in order.</summary>
    private static async Task<List<string>> WarningsAsync(CaseworkApi api, string caseId, DateTimeOffset due) =>
        CaseworkApi.Events(await api.GetAsync(ChildProtectionCentre, $"api/instances/{caseId}/events"), "ClockWarningRaised")
            .Where(e => e["dueAt"]!.GetValue<DateTimeOffset>() == due)
            .Select(e => (string)e["level"]!)
            .ToList();

    private static object DeFactoApplication(string child) => new
    {
        windowDivisionCode = Jieshi,
        applicant = new
        {
            name = "刘小宇",
            idNumber = child,
            phone = "13600001111",
            bankAccount = "6222020200554433221",
            hukouDivisionCode = Guihua,
            residenceDivisionCode = Guihua,
            hasResidencePermit = false,
        },
        household = Array.Empty<object>(),
        items = new[] { DeFactoChild },
        assessment = new { },
        consentToFinancialCheck = true,
        requestKey = "s5-de-facto",
        onBehalf = new { name = "杨帆", post = "未保工作站", consent = "none", noConsentReason = "父亲服刑、母亲失联 7 个月，无监护人可以同意" },
    };
}
