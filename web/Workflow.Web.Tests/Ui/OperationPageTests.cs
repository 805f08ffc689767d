using System.Net;
using System.Text.Json.Nodes;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>The task page's operation forms and the supervisor's page, on the demo organisation.</summary>
public sealed class OperationPageTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task Claim_ThenRelease_AreRecordedAndTheButtonsFollow()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "认领户", 201);
        var url = await TaskUrlAsync(id, "dibao");

        var before = await clerk.HtmlAsync(url);
        var claimed = await clerk.PostAsync(url, "Operation", [F("Op.Op", "claim"), F("requestKey", Guid.NewGuid().ToString("N"))]);
        var afterClaim = await clerk.HtmlAsync(claimed.Headers.Location!.OriginalString);
        var released = await clerk.PostAsync(url, "Operation", [F("Op.Op", "release"), F("requestKey", Guid.NewGuid().ToString("N"))]);

        Assert.Contains("id=\"op-claim\"", before, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, claimed.StatusCode);
        Assert.Contains("已认领", afterClaim, StringComparison.Ordinal);
        Assert.Contains("id=\"op-release\"", afterClaim, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-claim\"", afterClaim, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Contains("id=\"op-claim\"", await clerk.HtmlAsync(url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_WithoutAKnownReceiver_AndAWithdrawTheEngineRefuses_ShowChineseMessages()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "转办户", 202);
        var url = await TaskUrlAsync(id, "dibao");

        var missing = await clerk.PostAsync(url, "Operation", [F("Op.Op", "transfer"), F("Op.Reason", "外出培训")]);
        var unknown = await clerk.PostAsync(url, "Operation", [F("Op.Op", "transfer"), F("Op.UserId", "no-such-user"), F("Op.Reason", "外出培训")]);
        var refused = await clerk.PostAsync(url, "Operation", [F("Op.Op", "withdraw")]);

        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("请选择接收人", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("接收人不在组织机构中", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("class=\"message error\" role=\"alert\">\\s*<strong>[^<]*\\p{IsCJKUnifiedIdeographs}", await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Transfer_ToATownshipColleague_MovesTheTaskToThem()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "转办二户", 207);
        var url = await TaskUrlAsync(id, "dibao");

        var moved = await clerk.PostAsync(url, "Operation", [F("Op.Op", "transfer"), F("Op.UserId", "chenxia"), F("Op.Reason", "外出培训")]);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        var colleague = await SignInAsync(factory, "chenxia");
        Assert.Contains("转办二户", await colleague.HtmlAsync("/inbox"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_ToSomeoneWithoutTheStepsPost_IsRefusedAndTheTaskStays()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "转办三户", 219);
        var url = await TaskUrlAsync(id, "dibao");

        var refused = await clerk.PostAsync(url, "Operation", [F("Op.Op", "transfer"), F("Op.UserId", "zhouli"), F("Op.Reason", "外出培训")]);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Matches("class=\"message error\" role=\"alert\">\\s*<strong>[^<]*\\p{IsCJKUnifiedIdeographs}", await refused.Content.ReadAsStringAsync());
        var officer = await SignInAsync(factory, "zhouli");
        Assert.DoesNotContain("转办三户", await officer.HtmlAsync("/inbox"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CopyToTheSupervisor_ShowsTheTaskInTheirCcTab()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "抄送户", 203);
        var url = await TaskUrlAsync(id, "dibao");

        var copied = await clerk.PostAsync(url, "Operation", [F("Op.Op", "cc"), F("Op.UserIds", "dudao"), F("Op.Reason", "请关注")]);

        Assert.Equal(HttpStatusCode.Redirect, copied.StatusCode);
        var supervisor = await SignInAsync(factory, "dudao");
        var inbox = await supervisor.HtmlAsync("/inbox?tab=cc");
        Assert.Contains("抄送户", inbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Urge_ByAnOfficerWhoCannotAct_IsRecordedInTheTimeline()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "催办户", 204);
        var url = await TaskUrlAsync(id, "dibao");
        var approver = await SignInAsync(factory, "liuqiang");

        var page = await approver.HtmlAsync(url);
        var urged = await approver.PostAsync(url, "Operation", [F("Op.Op", "urge"), F("Op.Reason", "请于今日办结")]);

        Assert.Contains("id=\"op-urge\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"op-claim\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, urged.StatusCode);
        Assert.Contains("已催办", await approver.HtmlAsync(urged.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliberation_IsRecordedOnTheTask()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "评议户", 208);
        var url = await TaskUrlAsync(id, "dibao");

        var recorded = await clerk.PostAsync(url, "Operation",
            [F("Op.Op", "deliberation"), F("Op.Attendees", "张三，李四、王五"), F("Op.VotesFor", "3"), F("Op.VotesAgainst", "0"), F("Op.Abstentions", "0"), F("Op.Reason", "一致同意")]);

        Assert.True(recorded.StatusCode == HttpStatusCode.Redirect, await recorded.Content.ReadAsStringAsync());
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", "wangfang");
        var instance = JsonNode.Parse(await client.GetStringAsync("/api/instances/" + url.Split('/')[^2]))!;
        var task = instance["tasks"]!.AsArray().Single(t => (string?)t!["taskId"] == url.Split('/')[^1])!;
        var deliberation = Assert.Single(task["deliberations"]!.AsArray())!;
        Assert.Equal(3, deliberation["attendees"]!.AsArray().Count);
        Assert.Equal(3, (int)deliberation["votesFor"]!);
    }

    [Fact]
    public async Task Operation_WithoutAntiforgeryToken_Is400()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "令牌户", 205);
        var url = await TaskUrlAsync(id, "dibao");

        var response = await clerk.Client.PostAsync(url + "?handler=Operation", new FormUrlEncodedContent([F("Op.Op", "claim")]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Supervision_AfterTheDeadlinePasses_ListsTheOverdueStep_AndSupervisesIt()
    {
        var clerk = await SignInAsync(factory, "wangfang");
        var id = await AcceptAsync(clerk, "督办户", 206);
        var url = await TaskUrlAsync(id, "dibao");
        var taskId = url.Split('/')[^1];
        var admin = factory.CreateClient();
        admin.DefaultRequestHeaders.Add("X-User", "admin");
        var moved = await admin.PostAsync("/api/testing/clock", JsonContentOf("{\"days\":40}"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var supervisor = await SignInAsync(factory, "dudao");

        var page = await supervisor.HtmlAsync("/officer/supervision");
        var missing = await supervisor.PostAsync("/officer/supervision", null, [F("instanceId", url.Split('/')[^2]), F("taskId", taskId), F("reason", "")]);
        var done = await supervisor.PostAsync("/officer/supervision", null,
            [F("instanceId", url.Split('/')[^2]), F("taskId", taskId), F("reason", "请立即办理"), F("requestKey", Guid.NewGuid().ToString("N"))]);

        Assert.Contains($"data-task=\"{taskId}\" data-state=\"overdue\"", page, StringComparison.Ordinal);
        Assert.Contains("界石镇", page, StringComparison.Ordinal);
        Assert.Contains("请填写督办意见", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(done.StatusCode == HttpStatusCode.Redirect, await done.Content.ReadAsStringAsync());
        Assert.Contains("已督办", await supervisor.HtmlAsync(done.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    private static StringContent JsonContentOf(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private async Task<string> TaskUrlAsync(string applicationId, string item)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-User", "wangfang");
        var application = JsonNode.Parse(await client.GetStringAsync($"/api/applications/{applicationId}"))!;
        var sub = application["subCases"]!.AsArray().Single(s => (string?)s!["itemCode"] == item)!;
        return $"/tasks/{(string)sub["instanceId"]!}/{(string)sub["openSteps"]!.AsArray().First()!["taskId"]!}";
    }
}
