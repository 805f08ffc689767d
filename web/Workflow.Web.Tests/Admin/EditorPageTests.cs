using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Tests.Support;
using Workflow.Web.Tests.Ui;

namespace Workflow.Web.Tests.Admin;

/// <summary>The organisation, routing and calendar editors, on the host with the repository's demo data.</summary>
public sealed partial class EditorPageTests : IDisposable
{
    private readonly RepositoryDefinitionsFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Organisation_ShowsTablesAndSavesJsonAsNewVersion()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);
        var html = await admin.Pages.HtmlAsync("/admin/organisation");
        var directory = _factory.Services.GetRequiredService<CaseworkDirectory>();
        var before = directory.OrganisationVersion;

        var response = await admin.Pages.SubmitAsync("/admin/organisation?handler=Json", new Dictionary<string, string>
        {
            ["version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Json"] = PageSession.Field(html, "version") is null ? "" : Textarea(html),
        });

        Assert.Contains("id=\"divisions\"", html, StringComparison.Ordinal);
        Assert.Contains("何平", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before + 1, directory.OrganisationVersion);
    }

    [Fact]
    public async Task Organisation_InvalidJson_ShowsFieldErrorsAndChangesNothing()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);
        var directory = _factory.Services.GetRequiredService<CaseworkDirectory>();
        var before = directory.OrganisationVersion;

        var response = await admin.Pages.SubmitAsync("/admin/organisation?handler=Json", new Dictionary<string, string>
        {
            ["version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Json"] = "{\"divisions\":[{\"code\":\"12\",\"name\":\"\",\"level\":\"village\"}],\"departments\":[],\"posts\":[],\"users\":[]}",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"organisation-errors\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"message error\"", html, StringComparison.Ordinal);
        Assert.Equal(before, directory.OrganisationVersion);
    }

    [Fact]
    public async Task Organisation_CsvDownload_HasHeaderRow()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);

        var response = await admin.Pages.Client.GetAsync("/admin/organisation?handler=Csv&file=users.csv");
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("id,name,idNumber", text.TrimStart('\uFEFF'), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Routing_SwitchDecidingLevelToTownship_SavesNewVersion()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);
        var directory = _factory.Services.GetRequiredService<CaseworkDirectory>();
        var index = directory.Routing.Rules.ToList().FindIndex(r => r.DecidingLevel == "district" && r.Levels.Any(l => l.Level == "township"));
        Assert.True(index >= 0, "expected a demo rule decided by the district with a township level");
        var rule = directory.Routing.Rules[index];
        var html = await admin.Pages.HtmlAsync("/admin/routing");

        var response = await admin.Pages.SubmitAsync("/admin/routing?handler=Deciding", new Dictionary<string, string>
        {
            ["version"] = directory.RoutingVersion.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["index"] = index.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["level"] = "township",
        });

        Assert.Contains($"data-item=\"{rule.ServiceItem}\"", html, StringComparison.Ordinal);
        Assert.Contains("区县审核确认", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("township", directory.Routing.Find(rule.ServiceItem, rule.JurisdictionCode)!.DecidingLevel);
        Assert.Equal(Workflow.Web.Hosting.Demo.DemoRoutingRules.Inbound, directory.Routing.Inbound);
    }

    [Fact]
    public async Task Routing_StaleVersion_IsAConflictMessage()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);
        var html = await admin.Pages.HtmlAsync("/admin/routing");

        var response = await admin.Pages.SubmitAsync("/admin/routing?handler=Json", new Dictionary<string, string>
        {
            ["version"] = "999",
            ["Json"] = Textarea(html),
        });
        var page = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("数据已被他人修改", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_ShowsYearsHolidaysAndMakeUpDays()
    {
        var admin = await AdminSession.SignInDemoAsync(_factory);

        var html = await admin.Pages.HtmlAsync("/admin/calendar");

        Assert.Contains("data-year=\"2026\"", html, StringComparison.Ordinal);
        Assert.Contains("国庆节：2026-10-01 至 2026-10-07", html, StringComparison.Ordinal);
        Assert.Contains("2026-02-14（春节）", html, StringComparison.Ordinal);
    }

    private static string Textarea(string html) =>
        System.Net.WebUtility.HtmlDecode(TextareaPattern().Match(html).Groups[1].Value);

    [GeneratedRegex("<textarea name=\"Json\"[^>]*>([\\s\\S]*?)</textarea>")]
    private static partial Regex TextareaPattern();
}
