using System.Net;
using Workflow.Web.Tests.Support;

namespace Workflow.Web.Tests.Admin;

/// <summary>Adding a local closure on <c>/admin/calendar</c>, with the calendar folder in a temp folder of its own.</summary>
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
    public async Task AddClosure_WritesFileTheCalendarLoaderReads_AndListsItAsPendingUntilRestart()
    {
        var admin = await AdminSession.SignInAsync(_factory);

        var response = await admin.Pages.SubmitAsync("/admin/calendar?handler=Closure", new Dictionary<string, string>
        {
            ["division"] = "500113102000",
            ["name"] = "防汛停止办公",
            ["from"] = "2026-07-06",
            ["to"] = "2026-07-08",
            ["notice"] = "区人民政府关于防汛期间停止办公的通知",
        });
        var html = await admin.Pages.HtmlAsync("/admin/calendar?saved=true");
        var calendar = Workflow.Engine.Hosting.Calendar.CalendarFolder.Load(_factory.CalendarFolder);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("重启后生效", html, StringComparison.Ordinal);
        Assert.Contains("防汛停止办公", html, StringComparison.Ordinal);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 7, 7), "500113102001"));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 7, 7), "500113103001"));
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
        Assert.False(File.Exists(Path.Combine(_factory.CalendarFolder, "local-closures.json")));
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
