using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Workflow.Web.Tests.Casework;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// The case's 办理过程 shows the payments under it (issue 12): a 支出型临时救助 approved by the district's 会签 and paid
/// in stages shows each 分期发放 as what a person did, with who, when, the amount and the note, not as a system record.
/// </summary>
public sealed partial class CaseTimelinePaymentsTests(CaseworkWebFactory factory) : IClassFixture<CaseworkWebFactory>
{
    private readonly CaseworkClient _api = new(factory.CreateClient());

    [Fact]
    public async Task CasePage_StagedPayments_ShowInTheTimelineAsPeoplesActs()
    {
        var application = await _api.ApplyAsync(CaseworkClient.Id("50011319720303123"), "temporary-assistance");
        var id = (string)application["applicationId"]!;
        var instanceId = (string)application["subCases"]!.AsArray().Single(s => (string?)s!["itemCode"] == "temporary-assistance")!["instanceId"]!;
        await DecideAsync("zhangwei", instanceId, "支出型临时救助乡镇审核");
        // The district's 集体研究 is a 会签 of both 区民政局 officers of the demo organisation.
        await DecideAsync("zhengyan", instanceId, "支出型临时救助审批");
        await DecideAsync("liuqiang", instanceId, "支出型临时救助审批");
        await _api.OkAsync(HttpMethod.Post, "zhangwei", $"/api/applications/{id}/items/temporary-assistance/payments",
            new { amountYuan = 3000, kind = "stage", note = "第一期：住院押金" });
        var session = await PageSession.SignInAsync(factory, TestActor.TownshipReviewer);

        var html = await session.HtmlAsync($"/cases/{instanceId}");

        var line = Lines().Matches(html).Select(m => m.Value).SingleOrDefault(l => l.Contains("分期发放", StringComparison.Ordinal));
        Assert.NotNull(line);
        Assert.Contains("class=\"decision\"", line, StringComparison.Ordinal);
        Assert.Contains("分期发放：3,000 元", line, StringComparison.Ordinal);
        Assert.Contains("第一期：住院押金", line, StringComparison.Ordinal);
        Assert.Contains("张伟", line, StringComparison.Ordinal);
        Assert.Matches(@"<time>\d{4}-\d{2}-\d{2} \d{2}:\d{2}</time>", line);
    }

    private async Task DecideAsync(string user, string instanceId, string title)
    {
        var instance = await _api.OkAsync(HttpMethod.Get, user, $"/api/instances/{instanceId}");
        var task = (string)instance["tasks"]!.AsArray()
            .Single(t => ((string?)t!["title"])!.StartsWith(title, StringComparison.Ordinal) && (string?)t["status"] == "Open")!["taskId"]!;
        await _api.OkAsync(HttpMethod.Post, user, $"/api/tasks/{instanceId}/{task}/decision", new { outcome = "approve", comment = "同意" });
    }

    [GeneratedRegex(@"<li class=""(?:decision|system)"">.*?</li>", RegexOptions.Singleline)]
    private static partial Regex Lines();
}
