using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Hosting.Calendar;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>Adding a local closure on <c>/admin/calendar</c>, with a calendar folder of its own (which the page no longer writes).</summary>
public sealed class CalendarPageTests : IDisposable
{
    private readonly CalendarFolderFactory _factory = new();

    public void Dispose()
    {
        _factory.Dispose();
        if (Directory.Exists(_factory.CalendarFolder))
        {
            Directory.Delete(_factory.CalendarFolder, recursive: true);
        }
    }

    [Fact]
    public async Task AddClosure_IsStoredInTheDatabase_AndCountsAtOnceWithoutARestart()
    {
        var admin = await AdminSession.SignInAsync(_factory);
        var calendar = _factory.Services.GetRequiredService<IWorkingCalendar>();
        var versionBefore = calendar.Version;
        var friday = new DateTimeOffset(2026, 7, 3, 10, 0, 0, ChinaTime.Offset);

        var response = await admin.Pages.SubmitAsync("/admin/calendar?handler=Closure", new Dictionary<string, string>
        {
            ["division"] = "500113102000",
            ["name"] = "防汛停止办公",
            ["from"] = "2026-07-06",
            ["to"] = "2026-07-08",
            ["notice"] = "区人民政府关于防汛期间停止办公的通知",
        });
        var html = await admin.Pages.HtmlAsync("/admin/calendar?saved=true");
        var stored = await _factory.Services.GetRequiredService<CaseworkStore>().GetDocumentAsync(LocalClosuresDocument.Name);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("防汛停止办公", html, StringComparison.Ordinal);
        Assert.DoesNotContain("重启后生效", html, StringComparison.Ordinal);
        Assert.NotNull(stored);
        Assert.Empty(Directory.GetFiles(_factory.CalendarFolder));
        Assert.NotEqual(versionBefore, calendar.Version);
        Assert.Contains(calendar.Version, html, StringComparison.Ordinal);
        // Inside the closed township the next working day after Friday is Thursday; next door it is Monday.
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 7, 9)), calendar.AddWorkingDays(friday, 1, "500113102001"));
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 7, 6)), calendar.AddWorkingDays(friday, 1, "500113103001"));
    }

    [Fact]
    public async Task AddClosure_EndingBeforeItStarts_IsRefusedAndNothingIsWritten()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var response = await admin.Pages.SubmitAsync("/admin/calendar?handler=Closure", new Dictionary<string, string>
        {
            ["division"] = "500113102000",
            ["name"] = "防汛停止办公",
            ["from"] = "2026-07-08",
            ["to"] = "2026-07-06",
            ["notice"] = "区政府通知",
        });
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"calendar-errors\"", html, StringComparison.Ordinal);
        Assert.Null(await _factory.Services.GetRequiredService<CaseworkStore>().GetDocumentAsync(LocalClosuresDocument.Name));
        Assert.Empty(Directory.GetFiles(_factory.CalendarFolder));
    }

    private sealed class CalendarFolderFactory : WorkflowWebFactory
    {
        /// <summary>A configured calendar folder must exist, or the host refuses to start.</summary>
        public CalendarFolderFactory() => Directory.CreateDirectory(CalendarFolder);

        public string CalendarFolder { get; } = Path.Combine(Path.GetTempPath(), "wf-web-tests", "calendar-" + Guid.NewGuid().ToString("N"));

        protected override Dictionary<string, string?> Settings
        {
            get
            {
                var settings = base.Settings;
                settings["Workflow:CalendarPath"] = CalendarFolder;
                return settings;
            }
        }
    }
}
