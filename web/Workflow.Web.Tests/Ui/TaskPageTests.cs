using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

public sealed class TaskPageTests(WorkflowWebFactory factory) : IClassFixture<WorkflowWebFactory>
{
    private readonly HttpClient _api = factory.CreateClient();

    [Fact]
    public async Task Inbox_ShowsOpenTaskWithCountsAndColouredDeadline()
    {
        var instance = await _api.StartCaseAsync("周秀兰");
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var html = await session.HtmlAsync("/inbox");

        Assert.Contains($"data-instance=\"{(string)instance["instanceId"]!}\"", html, StringComparison.Ordinal);
        Assert.Contains("周秀兰", html, StringComparison.Ordinal);
        Assert.Contains("入户调查", html, StringComparison.Ordinal);
        Assert.Matches("id=\"tab-todo\"[^>]*>\\s*待办 <span class=\"count\" data-count=\"[1-9]", html);
        Assert.Matches("class=\"due due-(green|yellow|red)\">剩余 \\d+ 个工作日|今日到期", html);
    }

    [Fact]
    public async Task Inbox_FilterByOtherItem_HidesTheTask()
    {
        await _api.StartCaseAsync("钱多多");
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var html = await session.HtmlAsync("/inbox?tab=todo&item=no-such-item");

        Assert.DoesNotContain("钱多多", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaskPage_ShowsButtonsFlowchartAndTimeline()
    {
        var instance = await _api.StartCaseAsync();
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var html = await session.HtmlAsync(TaskUrl(instance, "入户调查"));

        Assert.Contains("id=\"outcome-approve\"", html, StringComparison.Ordinal);
        Assert.Contains("data-flowchart=", html, StringComparison.Ordinal);
        Assert.Contains("<ol class=\"flowchart-steps\"", html, StringComparison.Ordinal);
        Assert.Contains("办理人：", html, StringComparison.Ordinal);
        Assert.Contains("data-activity=\"visit\" data-state=\"current\"", html, StringComparison.Ordinal);
        Assert.Contains("data-activity=\"start\" data-state=\"visited\"", html, StringComparison.Ordinal);
        Assert.Contains("data-activity=\"review\" data-state=\"notreached\"", html, StringComparison.Ordinal);
        Assert.Contains("生成任务：入户调查", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_WithScriptComment_RecordsDecisionAndRendersCommentAsText()
    {
        var instance = await _api.StartCaseAsync();
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);
        var url = TaskUrl(instance, "入户调查");

        var response = await session.SubmitAsync(url, new Dictionary<string, string> { ["outcome"] = "approve", ["Comment"] = "<script>alert(1)</script>情况属实" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await session.HtmlAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;情况属实", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        Assert.Contains("办理意见：同意", html, StringComparison.Ordinal);
        Assert.Contains("已提交", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_SameFormTwice_RecordsOneDecision()
    {
        var instance = await _api.StartCaseAsync();
        var id = (string)instance["instanceId"]!;
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);
        var url = TaskUrl(instance, "入户调查");
        var html = await session.HtmlAsync(url);
        var form = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = PageSession.Token(html),
            ["requestKey"] = PageSession.Field(html, "requestKey")!,
            ["outcome"] = "approve",
            ["Comment"] = "同意",
        };

        var first = await session.Client.PostAsync(url, new FormUrlEncodedContent(form));
        var second = await session.Client.PostAsync(url, new FormUrlEncodedContent(form));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var events = (await (await _api.GetAsAsync($"/api/instances/{id}/events")).ReadJsonAsync()).AsArray();
        Assert.Single(events, e => (string?)e!["event"]!["$event"] == "DecisionRecorded");
    }

    [Fact]
    public async Task Decide_RejectWithoutComment_ShowsChineseMessageAndRecordsNothing()
    {
        var instance = await _api.StartCaseAsync();
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var response = await session.SubmitAsync(TaskUrl(instance, "入户调查"), new Dictionary<string, string> { ["outcome"] = "reject" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写审批意见", html, StringComparison.Ordinal);
        Assert.Contains("id=\"outcome-approve\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decide_WithoutAntiforgeryToken_Is400()
    {
        var instance = await _api.StartCaseAsync();
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var response = await session.Client.PostAsync(TaskUrl(instance, "入户调查"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["outcome"] = "approve",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task CasePage_OutsideTheUsersDivision_Is404ChinesePage()
    {
        var other = await _api.PostJsonAsync("/api/instances", new
        {
            definitionId = WebApi.Definition,
            input = new { divisionCode = "500113102002", applicantName = "王建国" },
        }, TestActor.Administrator);
        var instance = await other.ReadJsonAsync();
        var session = await PageSession.SignInAsync(factory, TestActor.VillageAssistant);

        var casePage = await session.Client.GetAsync($"/cases/{(string)instance["instanceId"]!}");
        var taskPage = await session.Client.GetAsync(TaskUrl(instance, "入户调查"));

        Assert.Equal(HttpStatusCode.NotFound, casePage.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, taskPage.StatusCode);
        var html = await taskPage.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        Assert.DoesNotContain("王建国", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CasePage_InTownshipScope_ShowsCase()
    {
        var instance = await _api.StartCaseAsync("吴桂芳");
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync($"/cases/{(string)instance["instanceId"]!}");

        Assert.Contains("吴桂芳", html, StringComparison.Ordinal);
        Assert.Contains("本页时间均为北京时间", html, StringComparison.Ordinal);
    }

    private static string TaskUrl(JsonNode instance, string title) => $"/tasks/{(string)instance["instanceId"]!}/{instance.OpenTaskId(title)}";
}
