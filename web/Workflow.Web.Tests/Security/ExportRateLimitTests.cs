using System.Net;
using System.Text.Json.Nodes;
using Workflow.Web.Api.Exports;
using Workflow.Web.Tests.Ui;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Security;

/// <summary>One person may start a limited number of Excel exports a minute; past it the answer is 429 in Chinese, for that person only.</summary>
public sealed class ExportRateLimitTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    [Fact]
    public async Task Exports_PastTheLimitForOnePerson_Are429InChinese_WhileAnotherPersonStillExports()
    {
        var officer = await SignInAsync(factory, "zhangwei");
        var answers = new List<HttpStatusCode>();

        for (var i = 0; i < ExportRateLimit.PermitPerMinute; i++)
        {
            answers.Add((await officer.Client.GetAsync("/api/exports/supervision")).StatusCode);
        }
        var refused = await officer.Client.GetAsync("/api/exports/cases");

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.NotNull(refused.Headers.RetryAfter);
        var problem = JsonNode.Parse(await refused.Content.ReadAsStringAsync())!;
        Assert.Equal(ExportRateLimit.Title, (string?)problem["title"]);
        Assert.Contains("请稍候", (string?)problem["detail"], StringComparison.Ordinal);
        var other = await SignInAsync(factory, "liuqiang");
        Assert.Equal(HttpStatusCode.OK, (await other.Client.GetAsync("/api/exports/supervision")).StatusCode);
    }
}
