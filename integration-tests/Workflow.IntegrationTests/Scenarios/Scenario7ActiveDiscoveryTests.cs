using Dapper;
using System.Globalization;
using System.Text.Json.Nodes;
using Workflow.Casework.Application.Inbound;
using Workflow.IntegrationTests.Infrastructure;
using static Workflow.IntegrationTests.Scenarios.People;

namespace Workflow.IntegrationTests.Scenarios;

/// <summary>
/// Domain scenario 7 on the real host, PostgreSQL and RabbitMQ: 主动发现 from a 低收入人口动态监测 alert on the bus → the
/// village 协理员's verification → her proxy 特困 application → township 入户调查 and 生活自理能力评估, 7-day 公示, county
/// confirmation → 集中供养 (an institution's admission task) or 分散供养 (paid only once the 委托照料服务协议 is on file); the
/// 高龄津贴 granted on the 80th birthday by the daily rule; a death on the bus that stops every benefit and opens 惠民殡葬;
/// and malformed messages parked for the administrator while the consumer carries on.
/// </summary>
public sealed class Scenario7ActiveDiscoveryTests(ScenarioHost host) : IClassFixture<ScenarioHost>
{
    [Fact]
    public async Task Scenario7_AlertToCentralisedTekun_ThenOldAgeAllowanceOnce_ThenDeathStopsEveryBenefitAndOpensFuneralRelief()
    {
        var api = host.Api();
        await using var outside = await host.OutsideSystemsAsync();
        // Turns 80 twelve days from now, after the 公示 has run.
        var birthday = ChinaMonths.Day(await api.NowAsync()).AddDays(12);
        var birth = birthday.AddYears(-80);
        var person = IdNumbers.Make("500113", birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture), 71);

        // 1–3. Alert → verification → proxy application → 入户调查 (unable) → 公示 → county → 集中供养: the institution admits.
        var (_, tekun) = await ConfirmedTekunAsync(api, outside, person, "王德福", "s7-centralised", "centralised");
        var admitted = await api.DecideOpenAsync(InstitutionClerk, tekun, "供养服务机构办理入院（集中供养）", "admitted", "已入住界石镇区域性养老服务中心");
        Assert.Equal("approved", (string?)admitted["variables"]!["result"]);
        Assert.Equal("centralised", (string?)admitted["variables"]!["supportMode"]);
        var approvedOn = await api.NowAsync();

        // The ledger: 806 basic + 1000 care (unable), from the month after approval, paid in that month's payroll only.
        var entry = await api.LedgerEntryOfCaseAsync(Clerk, tekun);
        Assert.Equal(("tekun", 1806m, ChinaMonths.After(approvedOn), (string?)null),
            ((string)entry["itemCode"]!, (decimal)entry["standardYuan"]!, (string)entry["startMonth"]!, (string?)entry["stopMonth"]));
        var thisMonth = await api.GetAsync(Clerk, $"api/ledger/payroll?division={Jieshi}&month={ChinaMonths.Of(approvedOn)}");
        Assert.DoesNotContain(thisMonth["lines"]!.AsArray(), l => (string?)l!["caseId"] == tekun);
        var firstPayroll = await api.GetAsync(Clerk, $"api/ledger/payroll?division={Jieshi}&month={ChinaMonths.After(approvedOn)}");
        var line = Assert.Single(firstPayroll["lines"]!.AsArray(), l => (string?)l!["caseId"] == tekun);
        Assert.Equal(1806m, (decimal)line!["monthlyYuan"]!);

        // 4. Population data knows the person; from 01:00 China time on the 80th birthday the daily rule grants 高龄津贴, once.
        await outside.SendAsync(new PopulationRecordChanged("population-platform", "pop-s7-centralised", person, "王德福", person, Guihua, birth, null));
        await api.InboundAsync("pop-s7-centralised");
        Assert.Empty(await OldAgeAllowanceAsync(api, person));
        var runAt = ChinaMonths.At(birthday, 1, 30);
        await api.AdvanceAsync((runAt - await api.NowAsync()).TotalDays, async () => (await OldAgeAllowanceAsync(api, person)).Count == 1,
            "高龄津贴 granted on the 80th birthday");
        var allowance = Assert.Single(await OldAgeAllowanceAsync(api, person));
        Assert.Equal((50m, ChinaMonths.After(birthday)), ((decimal)allowance["standardYuan"]!, (string)allowance["startMonth"]!));
        var again = await api.PostAsync(Administrator, "api/admin/ledger/old-age-allowance/run");
        Assert.Equal(0, (int)again["changes"]!);
        await api.AdvanceAsync(1, () => Task.FromResult(true), "a day later");
        Assert.Single(await OldAgeAllowanceAsync(api, person));

        // 5. Two months on, 公安 reports the death, twice: every benefit stops from the next month, and one 惠民殡葬 case opens.
        await api.AdvanceAsync(60, () => Task.FromResult(true), "two months later");
        var diedOn = ChinaMonths.Day(await api.NowAsync());
        var died = new PersonDied("district-public-security", "died-s7-centralised", person, diedOn, "公安");
        await outside.SendAsync(died);
        await outside.SendAsync(died);
        var funeral = (string)(await api.InboundAsync("died-s7-centralised"))["instanceId"]!;
        Assert.StartsWith("funeral-relief-", funeral, StringComparison.Ordinal);
        await Wait.UntilAsync(async () => await host.VirtualHost.AcknowledgedAsync(OutsideSystems.QueuePrefix + "person-died") >= 2, TimeSpan.FromSeconds(30),
            () => "both deliveries of the death consumed");
        var benefits = await PersonLedgerAsync(api, person);
        Assert.Equal(["old-age-allowance", "tekun"], benefits.Select(e => (string)e["itemCode"]!).Order(StringComparer.Ordinal));
        Assert.All(benefits, e => Assert.Equal(ChinaMonths.After(diedOn), (string?)e["stopMonth"]));
        var routed = await api.GetAsync(Administrator, "api/admin/inbound?status=routed");
        Assert.Single(routed.AsArray(), m => (string?)m!["senderId"] == "died-s7-centralised");
        var relief = await api.InstanceAsync(Clerk, funeral);
        Assert.Equal("告知逝者家属并办理惠民殡葬救助（减免基本殡葬服务费用）", (string?)Assert.Single(CaseworkApi.OpenTasks(relief))["title"]);
        Assert.Equal(Guihua, (string?)relief["divisionCode"]);
    }

    [Fact]
    public async Task Scenario7_DispersedTekun_PayrollHoldsItUntilTheCareAgreementIsOnFile()
    {
        var api = host.Api();
        await using var outside = await host.OutsideSystemsAsync();
        var person = IdNumbers.Make("500113", "19480315", 72);
        var (application, tekun) = await ConfirmedTekunAsync(api, outside, person, "陈桂兰", "s7-dispersed", "dispersed");
        var signed = await api.DecideOpenAsync(Clerk, tekun, "签订委托照料服务协议并归档", "signed", "侄子签订委托照料服务协议");
        Assert.Equal("approved", (string?)signed["variables"]!["result"]);
        var month = ChinaMonths.After(await api.NowAsync());
        var payroll = $"api/ledger/payroll?division={Jieshi}&month={month}";

        // The gate: granted, but held in the payroll while the signed agreement is not on the application's file…
        var entry = await api.LedgerEntryOfCaseAsync(Clerk, tekun);
        Assert.Equal("待签订委托照料服务协议", (string?)entry["heldReason"]);
        var held = await api.GetAsync(Clerk, payroll);
        Assert.DoesNotContain(held["lines"]!.AsArray(), l => (string?)l!["caseId"] == tekun);
        Assert.Equal("待签订委托照料服务协议", (string?)Assert.Single(held["held"]!.AsArray(), l => (string?)l!["caseId"] == tekun)!["heldReason"]);

        // …and paid once it is.
        await api.AttachPdfAsync(Clerk, application, "care-agreement", "委托照料服务协议.pdf");
        var paid = await api.GetAsync(Clerk, payroll);
        Assert.DoesNotContain(paid["held"]!.AsArray(), l => (string?)l!["caseId"] == tekun);
        Assert.Equal(1806m, (decimal)Assert.Single(paid["lines"]!.AsArray(), l => (string?)l!["caseId"] == tekun)!["monthlyYuan"]!);
        Assert.Null((string?)(await api.LedgerEntryOfCaseAsync(Clerk, tekun))["heldReason"]);
    }

    [Fact]
    public async Task Scenario7_MalformedMessagesOnTheBus_AreParkedForTheAdministrator_AndTheConsumerCarriesOn()
    {
        var api = host.Api();
        await using var outside = await host.OutsideSystemsAsync();

        // An alert with a broken ID number, and a body that is not JSON at all, on the same queue. (Not the deaths' queue:
        // the first test counts the deliveries there.)
        await outside.SendAsync(new MonitoringAlertRaised("low-income-monitoring", "alert-bad-id", IdNumbers.Broken(IdNumbers.Make("500113", "19400101", 73)),
            "钱某", Guihua, ["医保自付费用高"], "重庆市低收入人口动态监测平台", await api.NowAsync()));
        var unreadableId = Guid.NewGuid();
        await host.VirtualHost.PublishRawAsync(OutsideSystems.QueuePrefix + "monitoring-alert", "{ \"idNumber\": 这不是 JSON", unreadableId);

        var badId = await api.InboundAsync("alert-bad-id", "parked");
        Assert.False(string.IsNullOrWhiteSpace((string?)badId["reason"]));
        Assert.Null((string?)badId["instanceId"]);
        // A body that cannot be read names no division, so it is listed only to a system-wide administrator, whom the
        // demo organisation (a 巴南 administrator) has none of: it is kept, parked with its reason, in the database.
        string? unreadableReason = null;
        await Wait.UntilAsync(async () =>
        {
            await using var connection = host.Database.Open();
            unreadableReason = await connection.ExecuteScalarAsync<string?>(
                "SELECT reason FROM cw_inbound_messages WHERE sender_id = @id AND status = 'parked'", new { id = $"bus:{unreadableId:N}" });
            return unreadableReason is not null;
        }, TimeSpan.FromSeconds(30), () => "the unreadable body parked\n" + host.Output);
        Assert.Contains("无法读取", unreadableReason, StringComparison.Ordinal);
        Assert.DoesNotContain((await api.GetAsync(Administrator, "api/admin/inbound?status=parked")).AsArray(),
            m => (string?)m!["senderId"] == $"bus:{unreadableId:N}");
        var (forbidden, _) = await api.SendAsync(HttpMethod.Get, VillageAssistant, "api/admin/inbound?status=parked");
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, forbidden);

        // The consumer carries on: a valid alert behind them opens its verification task.
        await outside.SendAsync(new MonitoringAlertRaised("low-income-monitoring", "alert-after-bad", IdNumbers.Make("500113", "19380202", 74), "赵德明", Guihua,
            ["唯一赡养人死亡"], "重庆市低收入人口动态监测平台", await api.NowAsync()));
        var alert = (string)(await api.InboundAsync("alert-after-bad"))["instanceId"]!;
        Assert.Single(CaseworkApi.OpenTasks(await api.InstanceAsync(VillageAssistant, alert)));
    }

    /// <summary>
    /// Steps 1–3 up to the person's choice of support: the alert opens 李娜's verification, she answers 需要帮扶 and applies on
    /// the person's behalf with their consent; the township records 完全不能自理, the 7-day 公示 runs out, the county confirms.
    /// </summary>
    private static async Task<(string Application, string Tekun)> ConfirmedTekunAsync(CaseworkApi api, OutsideSystems outside, string person, string name,
        string key, string supportMode)
    {
        await outside.SendAsync(new MonitoringAlertRaised("low-income-monitoring", $"alert-{key}", person, name, Guihua, ["医保自付费用高", "唯一赡养人死亡"],
            "重庆市低收入人口动态监测平台", await api.NowAsync()));
        var alert = (string)(await api.InboundAsync($"alert-{key}"))["instanceId"]!;
        Assert.StartsWith("alert-verification-", alert, StringComparison.Ordinal);
        var verified = await api.DecideOpenAsync(VillageAssistant, alert, "低收入人口动态监测预警核查", "assist", "入户核实：独居卧床，唯一赡养人已去世");
        Assert.Equal("assist", (string?)verified["variables"]!["result"]);

        var application = await api.SubmitAsync(VillageAssistant, TekunApplication(person, name, key));
        Assert.Equal(("村协理员", "person"), ((string?)application["onBehalf"]!["post"], (string?)application["onBehalf"]!["consent"]));
        var tekun = (string)CaseworkApi.SubCase(application, "tekun")["instanceId"]!;

        await api.DecideOpenAsync(Clerk, tekun, "入户调查与生活自理能力评估", "unable", "两人入户：卧床，进食、如厕均需他人照料，完全不能自理");
        var notice = await api.InstanceAsync(Clerk, tekun);
        Assert.Equal("unable", (string?)notice["variables"]!["selfCare"]);
        Assert.Single(notice["publicNotices"]!.AsArray());
        await api.AdvanceAsync(6.9, () => Task.FromResult(true), "six days of 公示");
        Assert.Empty(CaseworkApi.OpenTasks(await api.InstanceAsync(Clerk, tekun)));
        await api.AdvanceAsync(0.2, async () => CaseworkApi.OpenTasks(await api.InstanceAsync(DistrictApprover, tekun)).Count == 1, "公示 over, county review");
        await api.DecideOpenAsync(DistrictApprover, tekun, "区县民政局审核确认（特困人员）", "approve", "同意认定为特困人员");
        await api.DecideOpenAsync(Clerk, tekun, "确定供养方式", supportMode, supportMode == "centralised" ? "本人选择到区域性养老服务中心集中供养" : "本人选择在家分散供养");
        return ((string)application["applicationId"]!, tekun);
    }

    private static object TekunApplication(string person, string name, string key) => new
    {
        windowDivisionCode = Jieshi,
        applicant = new
        {
            name,
            idNumber = person,
            phone = "13912345678",
            bankAccount = "6222020200998877665",
            hukouDivisionCode = Guihua,
            residenceDivisionCode = Guihua,
            hasResidencePermit = false,
        },
        household = Array.Empty<object>(),
        items = new[] { "tekun" },
        assessment = new { },
        consentToFinancialCheck = true,
        requestKey = key,
        onBehalf = new { name = "李娜", post = "村协理员", consent = "person", consentNote = "本人同意由村协理员代为申请，已按手印" },
    };

    private static async Task<List<JsonNode>> PersonLedgerAsync(CaseworkApi api, string person) =>
        (await api.PostAsync(Clerk, "api/ledger/person", new { idNumber = person }))["entries"]!.AsArray().Select(e => e!).ToList();

    private static async Task<List<JsonNode>> OldAgeAllowanceAsync(CaseworkApi api, string person) =>
        (await PersonLedgerAsync(api, person)).Where(e => (string?)e["itemCode"] == "old-age-allowance").ToList();
}
