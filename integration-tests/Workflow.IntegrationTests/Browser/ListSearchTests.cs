using System.Net;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// 案件查询, 受理记录 and the 督办 report in Chromium as the demo users: search by the demo applicant, names instead of
/// codes, the pager, and the Excel export of the same filter (names masked) read back with MiniExcel.
/// </summary>
public sealed partial class ListSearchTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string DemoApplicant = "邓秀梅";

    [Fact]
    public async Task CaseList_SearchAndExport_AsTheTownshipOfficer()
    {
        browser.Reset();
        browser.SignIn("zhangwei");
        browser.Open("/");
        browser.Element(By.Id("case-search"), "the search form");
        browser.Screenshot("50-case-list");
        browser.AssertNoConsoleErrors();

        browser.Driver.FindElement(By.Id("filter-applicant")).SendKeys(DemoApplicant);
        browser.Driver.FindElement(By.CssSelector("#filter-item option[value='dibao']")).Click();
        browser.Driver.FindElement(By.Id("search")).Click();
        browser.Until(d => d.Url.Contains("applicant=", StringComparison.Ordinal), "the search to run");
        var rows = browser.Driver.FindElements(By.CssSelector("#cases tbody tr"));
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Contains(DemoApplicant, r.Text, StringComparison.Ordinal));
        Assert.Contains("共 ", browser.Driver.FindElement(By.Id("list-total")).Text, StringComparison.Ordinal);
        Assert.DoesNotMatch(TwelveDigits(), browser.Driver.FindElement(By.Id("cases")).Text);
        browser.Screenshot("51-case-search");
        browser.AssertNoConsoleErrors();

        var sheet = await DownloadAsync(browser.Driver.FindElement(By.Id("export-cases")).GetAttribute("href")!, "案件查询");
        Assert.Equal(rows.Count, sheet.Count);
        Assert.All(sheet, r => Assert.Equal("邓*梅", r["申请人"]));
        Assert.DoesNotContain(sheet, r => (string?)r["事项"] == "dibao");
    }

    [Fact]
    public async Task ApplicationsAndSupervision_SearchAndExport_AsTheClerkAndTheSupervisor()
    {
        browser.Reset();
        browser.SignIn("wangfang");
        browser.Open("/window/applications");
        browser.Driver.FindElement(By.Id("filter-applicant")).SendKeys(DemoApplicant);
        browser.Driver.FindElement(By.Id("search")).Click();
        browser.Until(d => d.Url.Contains("applicant=", StringComparison.Ordinal), "the search to run");
        Assert.Contains(DemoApplicant, browser.Driver.FindElement(By.Id("applications")).Text, StringComparison.Ordinal);
        Assert.Contains("界石镇", browser.Driver.FindElement(By.Id("applications")).Text, StringComparison.Ordinal);
        browser.Screenshot("52-applications-search");
        browser.AssertNoConsoleErrors();
        var applications = await DownloadAsync(browser.Driver.FindElement(By.Id("export-applications")).GetAttribute("href")!, "受理记录");
        var row = Assert.Single(applications);
        Assert.Equal("邓*梅", row["申请人"]);
        Assert.Contains("****", (string)row["身份证号"]!, StringComparison.Ordinal);

        browser.Reset();
        browser.SignIn("dudao");
        browser.Open("/officer/supervision?within=60");
        browser.Element(By.Id("export-supervision"), "the export link");
        browser.Screenshot("53-supervision-export");
        browser.AssertNoConsoleErrors();
        browser.Open("/?item=dibao");
        browser.Element(By.Id("case-search"), "the search form");
        Assert.DoesNotContain(DemoApplicant, browser.Text, StringComparison.Ordinal);
        browser.Screenshot("54-case-list-supervisor");
        browser.AssertNoConsoleErrors();
        await DownloadAsync(browser.Url("/api/exports/supervision?within=60"), "督办");
    }

    [Fact]
    public void Inbox_DivisionAndDueFilters_AsTheTownshipOfficer()
    {
        browser.Reset();
        browser.SignIn("zhangwei");
        browser.Open("/inbox");
        browser.Element(By.Id("inbox-search"), "the search form");

        browser.Driver.FindElement(By.CssSelector("#filter-division option[value='500113102001']")).Click();
        browser.Driver.FindElement(By.Id("search")).Click();
        browser.Until(d => d.Url.Contains("division=500113102001", StringComparison.Ordinal), "the search to run");
        Assert.Equal("桂花村", browser.Driver.FindElement(By.CssSelector("#filter-division option:checked")).Text);
        Assert.Contains("division=500113102001", browser.Driver.FindElement(By.Id("tab-done")).GetAttribute("href"), StringComparison.Ordinal);
        browser.AssertAccessible();
        browser.AssertReadable();
        browser.Screenshot("93-inbox-filters");
        browser.AssertNoConsoleErrors();

        browser.Open("/inbox?dueFrom=2000-01-01&dueTo=2000-01-02");
        Assert.Contains("暂无待办事项", browser.Text, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    /// <summary>The export as the signed-in browser would get it (its cookies), read back sheet by sheet.</summary>
    private async Task<List<IDictionary<string, object?>>> DownloadAsync(string url, string sheet)
    {
        var cookies = new CookieContainer();
        foreach (var cookie in browser.Driver.Manage().Cookies.AllCookies)
        {
            cookies.Add(new System.Net.Cookie(cookie.Name, cookie.Value, "/", new Uri(url).Host));
        }
        using var handler = new HttpClientHandler { CookieContainer = cookies };
        using var client = new HttpClient(handler);
        var response = await client.GetAsync(new Uri(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return stream.Query(useHeaderRow: true, sheetName: sheet).Cast<IDictionary<string, object?>>().ToList();
    }

    [GeneratedRegex(@"\b\d{12}\b")]
    private static partial Regex TwelveDigits();
}
