using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using static Workflow.Web.Tests.Ui.DemoSession;

namespace Workflow.Web.Tests.Ui;

/// <summary>
/// The inbox searches and pages in SQL: a filter narrows the tab and its count, pages hold different tasks, and a bad
/// date is a Chinese message (never a 500).
/// </summary>
public sealed partial class InboxPageTests(CaseworkPagesFactory factory) : IClassFixture<CaseworkPagesFactory>
{
    private const string Officer = "zhangwei";

    [Fact]
    public async Task Inbox_FilterAndPageSize_NarrowAndPageTheTab()
    {
        var officer = await SignInAsync(factory, Officer);

        var all = await officer.HtmlAsync("/inbox?tab=todo&pageSize=10");
        var none = await officer.HtmlAsync("/inbox?tab=todo&applicant=" + Uri.EscapeDataString("没有这个人"));
        var byItem = await officer.HtmlAsync("/inbox?tab=todo&item=no-such-item");

        var total = int.Parse(Total().Match(all).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.True(total > 0, "the demo inbox has tasks");
        Assert.Equal(Math.Min(10, total), Tasks().Matches(all).Count);
        Assert.Contains("class=\"division\" title=\"500113102001\">桂花村", all, StringComparison.Ordinal);
        Assert.Empty(Tasks().Matches(none));
        Assert.Empty(Tasks().Matches(byItem));
        Assert.Contains("暂无待办事项", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_BadDate_ShowsAChineseMessage()
    {
        var officer = await SignInAsync(factory, Officer);

        var response = await officer.Client.GetAsync("/inbox?tab=done&from=2026-13-45");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("查询条件有误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inbox_DivisionAndDueFilters_NarrowTheTab_AndStayInThePagerLinks()
    {
        var officer = await SignInAsync(factory, Officer);

        var all = await officer.HtmlAsync("/inbox?tab=todo&pageSize=10");
        var village = await officer.HtmlAsync("/inbox?tab=todo&pageSize=10&division=500113102001");
        var elsewhere = await officer.HtmlAsync("/inbox?tab=todo&division=511722100001");
        var longPast = await officer.HtmlAsync("/inbox?tab=todo&dueFrom=2000-01-01&dueTo=2000-01-02");
        var badDivision = await officer.HtmlAsync("/inbox?tab=todo&division=5001");

        var inVillage = int.Parse(Total().Match(village).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.InRange(inVillage, 1, int.Parse(Total().Match(all).Groups[1].Value, CultureInfo.InvariantCulture));
        Assert.Contains("<option value=\"500113102001\" title=\"500113102001\" selected=\"selected\">桂花村</option>", village, StringComparison.Ordinal);
        Assert.Contains("division=500113102001", village, StringComparison.Ordinal);
        Assert.Empty(Tasks().Matches(elsewhere));
        Assert.Empty(Tasks().Matches(longPast));
        Assert.Contains("行政区划应为 12 位区划代码。", badDivision, StringComparison.Ordinal);
    }

    [GeneratedRegex("共 (\\d+) 条")]
    private static partial Regex Total();

    [GeneratedRegex("data-task=\"([^\"]+)\"")]
    private static partial Regex Tasks();
}
