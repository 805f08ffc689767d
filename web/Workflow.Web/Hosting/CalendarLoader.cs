using Microsoft.Extensions.Options;
using Workflow.Engine.Calendar;
using Workflow.Engine.Hosting.Calendar;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Builds the working-day calendar: the shipped State Council years plus every <c>*.json</c> in the calendar folder
/// (<c>Workflow:CalendarPath</c>, or <c>calendar</c> under the data folder when it exists), where an administrator adds a
/// later year without a release, plus the local closures stored in the database (<see cref="CalendarSync"/> brings them
/// and their changes). Bad folder data stops the host at start-up rather than let it compute wrong deadlines. A deadline
/// that had to fall back to weekends-only (a missing year) is logged as a warning.
/// </summary>
public sealed class CalendarLoader(
    IOptions<WorkflowHostOptions> hostOptions,
    IOptions<PersistenceHostOptions> persistenceOptions,
    ILogger<CalendarLoader> logger) : IHostedService
{
    private readonly Lazy<LiveCalendar> _calendar = new(() => new LiveCalendar(Build(Folder(hostOptions.Value, persistenceOptions.Value), [], logger)));

    public LiveCalendar Calendar => _calendar.Value;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Logged(Calendar.Current);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>The folder calendar with <paramref name="stored"/>; the errors instead when they do not make a calendar.</summary>
    public (HolidayCalendar? Calendar, IReadOnlyList<CalendarDataError> Errors) TryBuild(IReadOnlyList<CalendarData> stored)
    {
        try
        {
            return (Build(Folder(hostOptions.Value, persistenceOptions.Value), stored, logger), []);
        }
        catch (CalendarDataException ex)
        {
            return (null, ex.Errors);
        }
    }

    /// <summary>Puts <paramref name="calendar"/> in force: deadlines computed from now on use it.</summary>
    public void Use(HolidayCalendar calendar)
    {
        Calendar.Use(calendar);
        Logged(calendar);
    }

    private void Logged(HolidayCalendar calendar) =>
        HostLog.CalendarLoaded(logger, calendar.Version, string.Join(",", calendar.Years.Select(y => y.Year)), calendar.Closures.Count);

    private static string? Folder(WorkflowHostOptions host, PersistenceHostOptions persistence) =>
        !string.IsNullOrWhiteSpace(host.CalendarPath) ? Path.GetFullPath(host.CalendarPath)
        : Directory.Exists(Path.Combine(persistence.DataFolder, "calendar")) ? Path.GetFullPath(Path.Combine(persistence.DataFolder, "calendar"))
        : null;

    private static HolidayCalendar Build(string? folder, IReadOnlyList<CalendarData> stored, ILogger logger)
    {
        var calendar = CalendarFolder.Load(folder, stored);
        calendar.FallbackUsed += (_, e) => HostLog.CalendarFallback(logger, e.From, e.WorkingDays, string.Join(",", e.Deadline.MissingYears));
        return calendar;
    }
}
