using Workflow.Engine.Calendar;
using Microsoft.Extensions.Options;
using Workflow.Engine.Hosting;
using Workflow.Engine.Hosting.Calendar;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Hosting;

/// <summary>
/// Keeps this host's calendar in step with the database: at start and every <see cref="WorkflowHostOptions.SyncInterval"/>
/// it reads the version of the stored local closures (<see cref="LocalClosuresDocument"/>), and when another host saved a
/// newer one, rebuilds the calendar with it. A stored version that does not make a calendar is reported once and the
/// calendar in force stays.
/// </summary>
public sealed class CalendarSync(
    CalendarLoader loader,
    CaseworkStore store,
    IOptions<WorkflowHostOptions> host,
    TimeProvider time,
    ILogger<CalendarSync> logger) : PeriodicWorker(time)
{
    private readonly Lock _gate = new();
    private long _version;

    protected override TimeSpan Interval => host.Value.SyncInterval;

    protected override bool Enabled => true;

    /// <summary>The stored closures are in force before the services after this one (the timer pump) start.</summary>
    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await RunRoundAsync(cancellationToken).ConfigureAwait(false);
        await base.StartAsync(cancellationToken).ConfigureAwait(false);
    }

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        if (await store.GetDocumentAsync(LocalClosuresDocument.Name, cancellationToken).ConfigureAwait(false) is not { } stored
            || stored.Version == Volatile.Read(ref _version))
        {
            return;
        }
        Apply(stored.Body, stored.Version);
    }

    /// <summary>Reads and builds version <paramref name="version"/> of the stored closures, then puts it in force.</summary>
    private void Apply(string body, long version)
    {
        var read = LocalClosuresDocument.Read(body);
        var (calendar, errors) = read.Succeeded ? loader.TryBuild(read.Documents) : (null, read.Errors);
        if (calendar is null)
        {
            lock (_gate)
            {
                if (version > _version)
                {
                    Volatile.Write(ref _version, version);
                    HostLog.CalendarVersionRefused(logger, version, string.Join("; ", errors.Select(e => $"{e.Path} {e.Message}")));
                }
            }
            return;
        }
        Apply(calendar, version);
    }

    /// <summary>
    /// Puts <paramref name="calendar"/>, built from version <paramref name="version"/>, in force now (the saving host
    /// does not wait a round). The saving request and a round may both bring versions: an older one never replaces a newer.
    /// </summary>
    public void Apply(HolidayCalendar calendar, long version)
    {
        lock (_gate)
        {
            if (version <= _version)
            {
                return;
            }
            Volatile.Write(ref _version, version);
            loader.Use(calendar);
        }
    }

    protected override void OnRoundFailed(Exception exception) => HostLog.CalendarSyncFailed(logger, exception);

    protected override void OnDisabled()
    {
    }
}
