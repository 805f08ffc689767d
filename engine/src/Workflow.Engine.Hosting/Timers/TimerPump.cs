using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>
/// Fires durable timers (house style rule 9): every <see cref="TimerPumpOptions.Interval"/> of the injected
/// <see cref="TimeProvider"/> it claims due rows with a lease, so several hosts on one database never fire a row at
/// the same time, and hands each to the <see cref="ITimerDispatcher"/>. A row whose dispatch fails stays claimed until
/// its lease runs out and then fires again; the timer's request key keeps that from firing it twice.
/// </summary>
public sealed class TimerPump(
    ITimerStore timers,
    ITimerDispatcher dispatcher,
    IOptions<TimerPumpOptions> options,
    TimeProvider time,
    ILogger<TimerPump> logger) : PeriodicWorker(time)
{
    /// <summary>A bound on one round, so a flood of due timers cannot keep the pump from noticing a stop.</summary>
    private const int MaxBatchesPerRound = 100;

    private readonly TimerPumpOptions _options = options.Value;

    protected override TimeSpan Interval => _options.Interval;

    protected override bool Enabled => _options.Enabled;

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => PumpOnceAsync(cancellationToken);

    protected override void OnRoundFailed(Exception exception) => TimerLog.RoundFailed(logger, exception);

    protected override void OnDisabled() => TimerLog.Disabled(logger);

    /// <summary>One round: claims due rows until a batch comes back short, and dispatches them. Returns the rows claimed.</summary>
    public async Task<int> PumpOnceAsync(CancellationToken cancellationToken = default)
    {
        var total = 0;
        for (var batch = 0; batch < MaxBatchesPerRound; batch++)
        {
            var due = await timers.ClaimDueAsync(Time.GetUtcNow(), _options.BatchSize, _options.Lease, cancellationToken).ConfigureAwait(false);
            foreach (var timer in due)
            {
                try
                {
                    await dispatcher.DispatchAsync(timer, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    TimerLog.DispatchFailed(logger, timer.InstanceId, timer.TimerId, e);
                }
            }
            total += due.Count;
            if (due.Count < _options.BatchSize)
            {
                break;
            }
        }
        return total;
    }
}
