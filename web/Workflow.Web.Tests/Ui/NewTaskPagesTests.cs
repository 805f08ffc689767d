using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Benefits;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Hosting.Demo;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// Issue 11's tasks in the pages, on the demo host: the alert and 12345 demo cases with where they came from, the
/// 生活自理能力评估 as a labelled choice, and the month's payroll with held lines and their reason.
/// </summary>
public sealed class NewTaskPagesTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task AlertDemoCase_ForTheVillageAssistant_IsInTheInboxWithTheAlertAndAFindingsField()
    {
        // Given
        var lina = await SignInAsync(factory, "lina");

        // When
        var inbox = await lina.HtmlAsync("/inbox");
        var taskUrl = TaskLink(inbox, "demo-alert-001");
        var task = await lina.HtmlAsync(taskUrl);

        // Then
        Assert.Contains("低收入人口动态监测预警核查", inbox, StringComparison.Ordinal);
        foreach (var text in new[] { "案件来源：动态监测预警", "唯一赡养人死亡、医保自付费用高", "低收入人口动态监测", "2026-12-01 09:00", "核查情况", "需要救助（代为申请）", "无需救助" })
        {
            Assert.Contains(text, task, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("alertIndicators", task, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TicketDemoCase_ShowsTheTicketToTheCentre_AndIsUnknownToTheVillageAssistant()
    {
        // Given
        var huangmin = await SignInAsync(factory, "huangmin");
        var lina = await SignInAsync(factory, "lina");

        // When
        var page = await huangmin.HtmlAsync("/cases/demo-child-protection-001");
        var hidden = await lina.Client.GetAsync("/cases/demo-child-protection-001");

        // Then
        foreach (var text in new[] { "案件来源：12345 工单", "GD20261201-0001", "重庆市12345热线", "邻居反映一名9岁儿童独自在家数周", "2026-12-01 09:00", "受理 12345 工单并立案" })
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("已办结回复", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task ChildDirectorsEmergencyVisit_TaskPage_AsksForTheVisitRecord()
    {
        // Given: a ticket case opened by the county 未保中心, so the 儿童主任 of 桂花村 must visit within hours
        var instanceId = "child-protection-page-" + Guid.NewGuid().ToString("N")[..8];
        var started = await factory.Services.GetRequiredService<WorkflowExecutor>().ExecuteAsync(new StartInstance(instanceId, "child-protection", null,
            new() { ["divisionCode"] = DemoData.Village, ["applicantName"] = "小红", ["childProtection"] = true, ["ticketNumber"] = "GD20261202-0002" }), default);
        Assert.Null(started.Rejection);
        await DecideAsync("huangmin", instanceId, "受理 12345 工单并立案", "opened");
        var zhoujie = await SignInAsync(factory, "zhoujie");

        // When
        var task = await zhoujie.HtmlAsync(TaskLink(await zhoujie.HtmlAsync("/inbox"), instanceId));

        // Then
        Assert.Contains("入户查看记录", task, StringComparison.Ordinal);
        Assert.Contains("记录儿童的安全、健康和照料状况", task, StringComparison.Ordinal);
        Assert.Contains("id=\"outcome-homeVisited\"", task, StringComparison.Ordinal);
        Assert.Contains("已入户查看", task, StringComparison.Ordinal);
        Assert.Contains("GD20261202-0002", task, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TekunInvestigation_TaskPage_OffersTheSelfCareLevelsWithTheirMeaning_AndRecordsTheChosenOne()
    {
        // Given: a 特困 case in 桂花村, its 入户调查 with the township's 社会救助经办 (王芳)
        var instanceId = await StartTekunAsync("钟玉兰");
        var clerk = await SignInAsync(factory, "wangfang");
        var url = TaskLink(await clerk.HtmlAsync("/inbox"), instanceId);

        // When
        var form = await clerk.HtmlAsync(url);
        var response = await clerk.SubmitAsync(url, new Dictionary<string, string> { ["outcome"] = "partly", ["Comment"] = "六项指标中穿衣、洗澡不能达到" });

        // Then
        foreach (var text in new[] { "生活自理能力评估", "自主吃饭、自主穿衣、自主上下床、自主如厕、室内自主行走、自主洗澡", "具备生活自理能力（全自理）",
            "6 项指标全部能够达到", "部分丧失生活自理能力（半自理）", "3 项以下（含 3 项）指标不能达到", "完全丧失生活自理能力（全护理）", "入户调查情况" })
        {
            Assert.Contains(text, form, StringComparison.Ordinal);
        }
        Assert.Contains("id=\"outcome-reject\"", form, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("符合条件（生活部分自理）", await clerk.HtmlAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TekunCentralised_AfterTheNoticeAndConfirmation_AdmissionIsInTheInstitutionClerksInbox()
    {
        // Given: a 特困 case assessed, its 公示 run out, confirmed by the district and 集中供养 chosen
        var instanceId = await StartTekunAsync("孔凡珍");
        await DecideAsync("wangfang", instanceId, "入户调查", "unable");
        Assert.True((await Api("admin").PostAsJsonAsync("/api/testing/clock", new { days = 8 })).IsSuccessStatusCode);
        var pump = factory.Services.GetRequiredService<TimerPump>();
        for (var round = 0; round < 200 && await OpenTaskIdAsync(instanceId, "区县民政局审核确认") is null; round++)
        {
            await pump.PumpOnceAsync();
        }
        await DecideAsync("liuqiang", instanceId, "区县民政局审核确认", "approve");
        await DecideAsync("wangfang", instanceId, "确定供养方式", "centralised");
        var xujian = await SignInAsync(factory, "xujian");

        // When
        var inbox = await xujian.HtmlAsync("/inbox");
        var task = await xujian.HtmlAsync(TaskLink(inbox, instanceId));

        // Then
        Assert.Contains("供养服务机构办理入院（集中供养）", inbox, StringComparison.Ordinal);
        Assert.Contains("孔凡珍", inbox, StringComparison.Ordinal);
        Assert.Contains("id=\"outcome-admitted\"", task, StringComparison.Ordinal);
        Assert.Contains("已入院", task, StringComparison.Ordinal);
        Assert.Contains("入院登记情况", task, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payroll_NextMonth_ListsPaidLinesByNameAndHeldLinesWithTheirReason()
    {
        // Given: two grants on demo cases of 界石镇, one a 分散供养 特困 without its signed agreement
        var now = factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().ToOffset(TimeSpan.FromHours(8));
        await GrantAsync("demo-dibao-001", "dibao", DemoOrganisation.Id("50011319700101091"), now, 80_000, null);
        await GrantAsync("demo-temporary-001", "tekun", DemoOrganisation.Id("50011319450101092"), now, 180_600, AttachmentKinds.CareAgreement);
        var zhangwei = await SignInAsync(factory, "zhangwei");
        var month = now.AddMonths(1).ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // When
        var page = await zhangwei.HtmlAsync($"/ledger/payroll?division={DemoData.Township}&month={month}");

        // Then
        Assert.Contains("id=\"menu-payroll\"", page, StringComparison.Ordinal);
        foreach (var text in new[] { "月度发放名册", "界石镇", "张秀英", "最低生活保障", "桂花村", "800.00 元", "暂停发放", "赵小红", "特困人员救助供养",
            LedgerService.HeldForCareAgreement })
        {
            Assert.Contains(text, page, StringComparison.Ordinal);
        }
        Assert.DoesNotContain(">500113102001<", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Payroll_WithABadMonth_ShowsAChineseMessageNotAnError()
    {
        var zhangwei = await SignInAsync(factory, "zhangwei");

        var page = await zhangwei.HtmlAsync($"/ledger/payroll?division={DemoData.Township}&month=2026-13");

        Assert.Contains("无法生成发放名册", page, StringComparison.Ordinal);
    }

    private async Task<string> StartTekunAsync(string name)
    {
        var instanceId = "tekun-page-" + Guid.NewGuid().ToString("N")[..8];
        var started = await factory.Services.GetRequiredService<WorkflowExecutor>().ExecuteAsync(new StartInstance(instanceId, "tekun", null,
            new() { ["divisionCode"] = DemoData.Village, ["applicantName"] = name }), default);
        Assert.Null(started.Rejection);
        return instanceId;
    }

    private HttpClient Api(string user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }

    private async Task<string?> OpenTaskIdAsync(string instanceId, string titleStart, string reader = "liuqiang")
    {
        var instance = JsonNode.Parse(await Api(reader).GetStringAsync($"/api/instances/{instanceId}"))!;
        return instance["tasks"]!.AsArray().FirstOrDefault(t => (string?)t!["status"] == "Open"
            && ((string)t["title"]!).StartsWith(titleStart, StringComparison.Ordinal))?["taskId"]?.GetValue<string>();
    }

    private async Task DecideAsync(string user, string instanceId, string titleStart, string outcome)
    {
        var taskId = await OpenTaskIdAsync(instanceId, titleStart, user) ?? throw new InvalidOperationException($"Expected an open task '{titleStart}' in {instanceId}.");
        var response = await Api(user).PostAsJsonAsync($"/api/tasks/{instanceId}/{taskId}/decision", new { outcome, comment = "同意" });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task GrantAsync(string caseId, string item, string idNumber, DateTimeOffset now, long fen, string? payCondition)
    {
        var person = PersonKey.Of(idNumber);
        var grant = BenefitsLedger.Grant(new GrantRequest(caseId + ":" + item, item, item == "dibao" ? Beneficiary.Household(person, [person]) : Beneficiary.Person(person, person), DemoData.Village, caseId,
            DateOnly.FromDateTime(now.DateTime), fen), "system", now);
        await factory.Services.GetRequiredService<LedgerStore>().ApplyAsync(LedgerWrites.Of([grant], "approval", "app-" + caseId, payCondition));
    }

    private static string TaskLink(string inbox, string instanceId)
    {
        var match = System.Text.RegularExpressions.Regex.Match(inbox, $"href=\"(/tasks/{instanceId}/[^\"]+)\"");
        Assert.True(match.Success, $"Expected a task of {instanceId} in the inbox, but there is none.");
        return System.Net.WebUtility.HtmlDecode(match.Groups[1].Value);
    }
}
