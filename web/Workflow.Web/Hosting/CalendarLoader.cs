using Microsoft.Extensions.Options;
using Workflow.Engine.Calendar;
using Workflow.Engine.Hosting.Calendar;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Builds the working-day calendar once: the shipped State Council years plus every <c>*.json</c> in the calendar folder
/// (<c>Workflow:CalendarPath</c>, or <c>calendar</c> under the data folder when it exists), where an administrator adds a
/// later year or a local closure without a release. Bad calendar data stops the host at start-up rather than let it
/// compute wrong deadlines. A deadline that had to fall back to weekends-only (a missing year) is logged as a warning.
/// </summary>
internal sealed class CalendarLoader(
    IOptions<WorkflowHostOptions> hostOptions,
    IOptions<PersistenceHostOptions> persistenceOptions,
    ILogger<CalendarLoader> logger) : IHostedService
{
    private readonly Lazy<HolidayCalendar> _calendar = new(() => Load(hostOptions.Value, persistenceOptions.Value, logger));

    public HolidayCalendar Calendar => _calendar.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var calendar = Calendar;
        HostLog.CalendarLoaded(logger, calendar.Version, string.Join(",", calendar.Years.Select(y => y.Year)), calendar.Closures.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static HolidayCalendar Load(WorkflowHostOptions host, PersistenceHostOptions persistence, ILogger logger)
    {
        var folder = !string.IsNullOrWhiteSpace(host.CalendarPath) ? Path.GetFullPath(host.CalendarPath)
            : Directory.Exists(Path.Combine(persistence.DataFolder, "calendar")) ? Path.GetFullPath(Path.Combine(persistence.DataFolder, "calendar"))
            : null;
        var calendar = CalendarFolder.Load(folder);
        calendar.FallbackUsed += (_, e) => HostLog.CalendarFallback(logger, e.From, e.WorkingDays, string.Join(",", e.Deadline.MissingYears));
        return calendar;
    }
}
