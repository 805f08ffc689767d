using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;
using Workflow.Engine.Persistence.Monitoring;

namespace Workflow.Web.Operations;

/// <summary>
/// Reads the database gauges (outbox lag, timer lag, open and overdue tasks, parked dead letters) every
/// <see cref="OperationsOptions.SampleInterval"/>, so a Prometheus scrape never waits on the database.
/// </summary>
internal sealed class OperationsSampler(
    IOutboxStore outbox,
    DatabaseGauges gauges,
    WorkflowMetrics metrics,
    IOptions<OperationsOptions> options,
    TimeProvider time,
    ILogger<OperationsSampler> logger,
    IDeadLetterStore? deadLetters = null) : BackgroundService
{
    private PeriodicTimer? _ticks;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _ticks = new PeriodicTimer(options.Value.SampleInterval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _ticks?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var ticks = _ticks ?? throw new InvalidOperationException("OperationsSampler.StartAsync was not called.");
        do
        {
            try
            {
                await SampleAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A database outage shows in /health/ready; the gauges keep their last reading meanwhile.
                OperationsLog.SampleFailed(logger, e);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var outboxAge = await outbox.OldestUnsentAgeAsync(cancellationToken).ConfigureAwait(false);
        var (open, overdue, oldestDueTimer) = await gauges.ReadAsync(now, cancellationToken).ConfigureAwait(false);
        var timerLag = oldestDueTimer is { } due && due < now ? now - due : TimeSpan.Zero;
        var parked = deadLetters is null ? 0 : await deadLetters.CountAsync(cancellationToken).ConfigureAwait(false);
        metrics.Snapshot = new OperationsSnapshot(
            Math.Max(0, outboxAge?.TotalSeconds ?? 0), timerLag.TotalSeconds, open, overdue, parked);
    }
}
