using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Hosting.Demo;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// Issue 12's operation forms on the demo organisation: each is offered to the role the engine and the host's grants
/// allow, not offered (and refused with 403 when posted) to another, and each one takes effect and is in the case's events.
/// </summary>
public sealed class CaseOperationPageTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    private static readonly string Key = "requestKey";

    [Fact]
    public async Task AddSigner_OnAStepOnePersonDecides_IsNotOffered_EvenToTheDistrict()
    {
        var (instanceId, url) = await IntakeAsync("加签户", 231);
        var district = await SignInAsync(factory, "liuqiang");

        var page = await district.HtmlAsync(url);
        var posted = await district.PostAsync(url, "Operation", [F("Op.Op", "signer"), F("Op.UserId", "chenxia"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.DoesNotContain("id=\"op-signer\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-unsigner\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Matches("class=\"message error\" role=\"alert\">\\s*<strong>[^<]*\\p{IsCJKUnifiedIdeographs}", await posted.Content.ReadAsStringAsync());
        Assert.DoesNotContain("SignerAdded", await EventTypesAsync(instanceId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ManualAssign_OfferedToTheDistrictWithNamesAndPosts_NotToTheWindow_AndMovesTheTask()
    {
        var (instanceId, url) = await IntakeAsync("指派户", 232);
        var district = await SignInAsync(factory, "liuqiang");
        var window = await SignInAsync(factory, "wangfang");

        var offered = await district.HtmlAsync(url);
        var notOffered = await window.HtmlAsync(url);
        var refused = await window.PostAsync(url, "Operation", [F("Op.Op", "assign"), F("Op.UserId", "chenxia"), F("Op.Reason", "外出"), F(Key, Guid.NewGuid().ToString("N"))]);
        var missing = await district.PostAsync(url, "Operation", [F("Op.Op", "assign"), F("Op.UserId", "chenxia"), F(Key, Guid.NewGuid().ToString("N"))]);
        var assigned = await district.PostAsync(url, "Operation", [F("Op.Op", "assign"), F("Op.UserId", "chenxia"), F("Op.Reason", "王芳外出培训"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-assign\"", offered, StringComparison.Ordinal);
        Assert.Contains("陈霞（窗口受理 · 界石镇", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-assign\"", notOffered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("无权办理", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请填写指派原因", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(assigned.StatusCode == HttpStatusCode.Redirect, await assigned.Content.ReadAsStringAsync());
        Assert.Contains("已人工指派", await district.HtmlAsync(assigned.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Contains("TaskTransferred", await EventTypesAsync(instanceId), StringComparison.Ordinal);
        var chenxia = await SignInAsync(factory, "chenxia");
        Assert.Contains("指派户", await chenxia.HtmlAsync("/inbox"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Terminate_OfferedToTheStepsHandler_NotToTheVillageAssistant_AndEndsTheCase()
    {
        var (instanceId, _) = await IntakeAsync("终止户", 233);
        var caseUrl = $"/cases/{instanceId}";
        var window = await SignInAsync(factory, "wangfang");
        var village = await SignInAsync(factory, "lina");

        var offered = await window.HtmlAsync(caseUrl);
        var notOffered = await village.HtmlAsync(caseUrl);
        var refused = await village.PostAsync(caseUrl, "Operation", [F("Op.Op", "terminate"), F("Op.Reason", "重复申请"), F(Key, Guid.NewGuid().ToString("N"))]);
        var noReason = await window.PostAsync(caseUrl, "Operation", [F("Op.Op", "terminate"), F(Key, Guid.NewGuid().ToString("N"))]);
        var ended = await window.PostAsync(caseUrl, "Operation", [F("Op.Op", "terminate"), F("Op.Reason", "重复申请"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-terminate\"", offered, StringComparison.Ordinal);
        Assert.Contains("id=\"op-withdraw-case\"", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-terminate\"", notOffered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("无权办理", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("请填写撤销或终止的原因", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(ended.StatusCode == HttpStatusCode.Redirect, await ended.Content.ReadAsStringAsync());
        var after = await window.HtmlAsync(ended.Headers.Location!.OriginalString);
        Assert.Contains("已终止案件", after, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-terminate\"", after, StringComparison.Ordinal);
        Assert.Contains("InstanceFinished", await EventTypesAsync(instanceId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithdrawCase_IsTheWindows_TheDistrictIsNotOfferedItAndIsRefused()
    {
        var (instanceId, _) = await IntakeAsync("撤销户", 234);
        var caseUrl = $"/cases/{instanceId}";
        var district = await SignInAsync(factory, "liuqiang");
        var window = await SignInAsync(factory, "wangfang");

        var page = await district.HtmlAsync(caseUrl);
        var refused = await district.PostAsync(caseUrl, "Operation", [F("Op.Op", "withdraw"), F("Op.Reason", "申请人撤回"), F(Key, Guid.NewGuid().ToString("N"))]);
        var withdrawn = await window.PostAsync(caseUrl, "Operation", [F("Op.Op", "withdraw"), F("Op.Reason", "申请人书面申请撤回"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.DoesNotContain("id=\"op-withdraw-case\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(withdrawn.StatusCode == HttpStatusCode.Redirect, await withdrawn.Content.ReadAsStringAsync());
        Assert.Contains("已撤销申请", await window.HtmlAsync(withdrawn.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PauseResumeAndExtend_ByTheStepsHandler_AreRecorded_AndRefusedToTheVillageAssistant()
    {
        var (instanceId, url) = await IntakeAsync("计时户", 235);
        var caseUrl = $"/cases/{instanceId}";
        var taskId = url.Split('/')[^1];
        var window = await SignInAsync(factory, "wangfang");
        var village = await SignInAsync(factory, "lina");

        var offered = await window.HtmlAsync(caseUrl);
        var notOffered = await village.HtmlAsync(caseUrl);
        var refused = await village.PostAsync(caseUrl, "Operation", [F("Op.Op", "pause"), F("Op.ClockId", taskId), F("Op.PauseReason", "核对"), F(Key, Guid.NewGuid().ToString("N"))]);
        var paused = await window.PostAsync(caseUrl, "Operation", [F("Op.Op", "pause"), F("Op.ClockId", taskId), F("Op.PauseReason", "核对"), F(Key, Guid.NewGuid().ToString("N"))]);
        var whilePaused = await window.HtmlAsync(caseUrl);
        var resumed = await window.PostAsync(caseUrl, "Operation", [F("Op.Op", "resume"), F("Op.ClockId", taskId), F(Key, Guid.NewGuid().ToString("N"))]);
        var extended = await window.PostAsync(caseUrl, "Operation",
            [F("Op.Op", "extend"), F("Op.ClockId", taskId), F("Op.Days", "5"), F("Op.Reason", "需跨省核对户籍"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-pause-", offered, StringComparison.Ordinal);
        Assert.Contains("id=\"op-extend-", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-pause-", notOffered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(paused.StatusCode == HttpStatusCode.Redirect, await paused.Content.ReadAsStringAsync());
        Assert.Contains("已暂停（核对）", whilePaused, StringComparison.Ordinal);
        Assert.Contains("id=\"op-resume-", whilePaused, StringComparison.Ordinal);
        Assert.True(resumed.StatusCode == HttpStatusCode.Redirect, await resumed.Content.ReadAsStringAsync());
        Assert.True(extended.StatusCode == HttpStatusCode.Redirect, await extended.Content.ReadAsStringAsync());
        var events = await EventTypesAsync(instanceId);
        foreach (var type in new[] { "ClockPaused", "ClockResumed", "DeadlineExtended" })
        {
            Assert.Contains(type, events, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Objection_DuringPublicNotice_ByTheWindow_ThenDeliberationOnTheRecheck_AreRecorded()
    {
        var instanceId = await TekunInNoticeAsync("异议户");
        var caseUrl = $"/cases/{instanceId}";
        var window = await SignInAsync(factory, "wangfang");
        var district = await SignInAsync(factory, "liuqiang");

        var offered = await window.HtmlAsync(caseUrl);
        var notOffered = await district.HtmlAsync(caseUrl);
        var bookmark = PageSession.Field(offered, "Op.BookmarkId")!;
        var refused = await district.PostAsync(caseUrl, "Operation", [F("Op.Op", "objection"), F("Op.BookmarkId", bookmark), F("Op.Reason", "有车"), F(Key, Guid.NewGuid().ToString("N"))]);
        var objected = await window.PostAsync(caseUrl, "Operation",
            [F("Op.Op", "objection"), F("Op.BookmarkId", bookmark), F("Op.Reason", "邻居反映该户有一辆小汽车未申报"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-objection\"", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-objection\"", notOffered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True(objected.StatusCode == HttpStatusCode.Redirect, await objected.Content.ReadAsStringAsync());
        Assert.Contains("已登记公示异议", await window.HtmlAsync(objected.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var recheck = await OpenTaskAsync(instanceId, "liuqiang", t => !((string)t["title"]!).Contains("入户调查", StringComparison.Ordinal));
        var handler = await HandlerOfAsync(instanceId, recheck);
        var officer = await SignInAsync(factory, handler);
        var taskUrl = $"/tasks/{instanceId}/{recheck}";
        Assert.Contains("id=\"op-deliberation\"", await officer.HtmlAsync(taskUrl), StringComparison.Ordinal);
        var deliberated = await officer.PostAsync(taskUrl, "Operation",
            [F("Op.Op", "deliberation"), F("Op.Attendees", "村支书 王明，村主任 李华，村民代表 陈一"), F("Op.VotesFor", "1"), F("Op.VotesAgainst", "2"), F("Op.Abstentions", "0"),
                F("Op.Reason", "核实该户名下有小汽车一辆"), F(Key, Guid.NewGuid().ToString("N"))]);
        Assert.True(deliberated.StatusCode == HttpStatusCode.Redirect, await deliberated.Content.ReadAsStringAsync());
        var events = await EventTypesAsync(instanceId);
        Assert.Contains("ObjectionRecorded", events, StringComparison.Ordinal);
        Assert.Contains("DeliberationRecorded", events, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Withdraw_OfferedToWhoAnsweredTheStepBefore_NotToTheNextHolder_AndReopensTheirStep()
    {
        var (instanceId, url) = await IntakeAsync("撤回户", 236);
        var decided = await Api("wangfang").PostAsJsonAsync($"/api/tasks/{instanceId}/{url.Split('/')[^1]}/decision", new { outcome = "approve", comment = "材料齐全" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        var next = await OpenTaskAsync(instanceId, "liuqiang", _ => true);
        var nextUrl = $"/tasks/{instanceId}/{next}";
        var window = await SignInAsync(factory, "wangfang");
        var village = await SignInAsync(factory, "lina");

        var offered = await window.HtmlAsync(nextUrl);
        var notOffered = await village.HtmlAsync(nextUrl);
        var refused = await village.PostAsync(nextUrl, "Operation", [F("Op.Op", "withdraw"), F(Key, Guid.NewGuid().ToString("N"))]);
        var withdrawn = await window.PostAsync(nextUrl, "Operation", [F("Op.Op", "withdraw"), F(Key, Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-withdraw\"", offered, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-withdraw\"", notOffered, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("只有上一步办理人可以撤回", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(withdrawn.StatusCode == HttpStatusCode.Redirect, await withdrawn.Content.ReadAsStringAsync());
        Assert.Contains("TaskWithdrawn", await EventTypesAsync(instanceId), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ClockApi_PauseByTheStepsHandler_IsRecordedUnderTheirId_AndTheVillageAssistantIsRefusedWith403()
    {
        var (instanceId, url) = await IntakeAsync("计时接口户", 237);
        var clock = url.Split('/')[^1];

        var refused = await Api("lina").PostAsJsonAsync($"/api/instances/{instanceId}/clocks/{clock}/pause", new { reason = "核对" });
        var badReason = await Api("wangfang").PostAsJsonAsync($"/api/instances/{instanceId}/clocks/{clock}/pause", new { reason = "喝茶" });
        var paused = await Api("wangfang").PostAsJsonAsync($"/api/instances/{instanceId}/clocks/{clock}/pause", new { reason = "核对" });
        var resumed = await Api("wangfang").PostAsJsonAsync($"/api/instances/{instanceId}/clocks/{clock}/resume", new { });
        var extended = await Api("wangfang").PostAsJsonAsync($"/api/instances/{instanceId}/clocks/{clock}/extend", new { days = 3, reason = "跨省核对" });

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resumed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, extended.StatusCode);
        var events = JsonNode.Parse(await EventTypesAsync(instanceId))!.AsArray();
        Assert.Contains(events, e => e!.ToJsonString().Contains("ClockPaused", StringComparison.Ordinal) && e.ToJsonString().Contains("\"wangfang\"", StringComparison.Ordinal));
        Assert.Contains(events, e => e!.ToJsonString().Contains("DeadlineExtended", StringComparison.Ordinal) && e.ToJsonString().Contains("\"wangfang\"", StringComparison.Ordinal));
    }

    private async Task<(string InstanceId, string TaskUrl)> IntakeAsync(string name, int serial)
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, name, serial);
        var application = JsonNode.Parse(await Api("wangfang").GetStringAsync($"/api/applications/{id}"))!;
        var sub = application["subCases"]!.AsArray().Single(s => (string?)s!["itemCode"] == "dibao")!;
        var instanceId = (string)sub["instanceId"]!;
        return (instanceId, $"/tasks/{instanceId}/{(string)sub["openSteps"]!.AsArray().First()!["taskId"]!}");
    }

    /// <summary>A 特困 case whose 入户调查 is done: its 7-day 公示 is running.</summary>
    private async Task<string> TekunInNoticeAsync(string name)
    {
        var instanceId = "tekun-ops-" + Guid.NewGuid().ToString("N")[..8];
        var started = await factory.Services.GetRequiredService<WorkflowExecutor>().ExecuteAsync(new StartInstance(instanceId, "tekun", null,
            new() { ["divisionCode"] = DemoData.Village, ["applicantName"] = name }), default);
        Assert.Null(started.Rejection);
        var survey = await OpenTaskAsync(instanceId, "wangfang", t => ((string)t["title"]!).StartsWith("入户调查", StringComparison.Ordinal));
        var decided = await Api("wangfang").PostAsJsonAsync($"/api/tasks/{instanceId}/{survey}/decision", new { outcome = "unable", comment = "全护理" });
        Assert.True(decided.IsSuccessStatusCode, await decided.Content.ReadAsStringAsync());
        return instanceId;
    }

    private async Task<string> OpenTaskAsync(string instanceId, string reader, Func<JsonNode, bool> which)
    {
        var instance = JsonNode.Parse(await Api(reader).GetStringAsync($"/api/instances/{instanceId}"))!;
        return (string)instance["tasks"]!.AsArray().First(t => (string?)t!["status"] == "Open" && which(t))!["taskId"]!;
    }

    /// <summary>A demo user who may act on the task: one of its candidates.</summary>
    private async Task<string> HandlerOfAsync(string instanceId, string taskId)
    {
        var instance = JsonNode.Parse(await Api("liuqiang").GetStringAsync($"/api/instances/{instanceId}"))!;
        var task = instance["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == taskId)!;
        return (string)task["candidates"]!.AsArray().First()!["userId"]!;
    }

    private async Task<string> EventTypesAsync(string instanceId) => await Api("liuqiang").GetStringAsync($"/api/instances/{instanceId}/events");

    private HttpClient Api(string user)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", user);
        return client;
    }
}
