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

    /// <summary>Puts version <paramref name="version"/> of the closures in force now (the saving host does not wait a round).</summary>
    public void Apply(string body, long version)
    {
        // The saving request and a round may both bring versions: an older one never replaces a newer.
        lock (_gate)
        {
            if (version <= _version)
            {
                return;
            }
            var read = LocalClosuresDocument.Read(body);
            var (calendar, errors) = read.Succeeded ? loader.TryBuild(read.Documents) : (null, read.Errors);
            Volatile.Write(ref _version, version);
            if (calendar is null)
            {
                HostLog.CalendarVersionRefused(logger, version, string.Join("; ", errors.Select(e => $"{e.Path} {e.Message}")));
                return;
            }
            loader.Use(calendar);
        }
    }

    protected override void OnRoundFailed(Exception exception) => HostLog.CalendarSyncFailed(logger, exception);

    protected override void OnDisabled()
    {
    }
}
