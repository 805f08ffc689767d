using OpenQA.Selenium;
using Workflow.IntegrationTests.Infrastructure;

namespace Workflow.IntegrationTests.Browser;

/// <summary>
/// 统计看板 and the browsable API as the demo administrator (赵敏, <c>admin</c>) in Debian's Chromium: both render under
/// their CSP with no console error, and the dashboard names items and divisions instead of showing their codes.
/// </summary>
public sealed class DashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public void Dashboard_AsTheDemoAdministrator_ShowsFiguresWithNames()
    {
        browser.Reset();
        browser.SignIn("admin");

        browser.Open("/admin/dashboard");
        var total = browser.Element(By.Id("case-total"), "the dashboard's case count").Text;
        browser.Screenshot("55-dashboard");
        var rates = browser.Element(By.ClassName("rates"), "the 按期办结率 tables");
        ((IJavaScriptExecutor)browser.Driver).ExecuteScript("arguments[0].scrollIntoView();", rates);
        BrowserFixture.Screenshot("56-dashboard-rates", rates);

        Assert.True(long.Parse(total, System.Globalization.CultureInfo.InvariantCulture) > 0, "the demo data has cases");
        Assert.Contains("各事项月度受理量", browser.Text, StringComparison.Ordinal);
        Assert.Contains("最低生活保障", browser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("dibao", browser.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("500113", browser.Text, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }

    [Fact]
    public void ApiReference_AsTheDemoAdministrator_RendersFromThePackage_WithNoConsoleError()
    {
        browser.Reset();
        browser.SignIn("admin");

        browser.Open("/api-docs/");
        // Scalar draws the document's title and a section per API group (lazily, as they scroll into view).
        browser.Until(d => d.FindElement(By.TagName("body")).Text.Contains("民政社会救助审批工作流 API", StringComparison.Ordinal), "Scalar to render the document");
        browser.Element(By.Id("v1/tag/dashboardapi"), "the dashboard API's section");
        browser.Screenshot("57-api-docs");

        Assert.Contains("/api-docs/", browser.Driver.Url, StringComparison.Ordinal);
        browser.AssertNoConsoleErrors();
    }
}
