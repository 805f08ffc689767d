using Microsoft.Extensions.Hosting;

namespace Workflow.Engine.Hosting;

/// <summary>
/// A background loop that runs one round per tick of the injected <see cref="TimeProvider"/>, so fake time drives it in
/// tests. A failed round is reported and the next tick tries again: a database or broker outage must not kill it.
/// </summary>
public abstract class PeriodicWorker(TimeProvider time) : BackgroundService
{
    private PeriodicTimer? _ticks;

    protected TimeProvider Time { get; } = time;

    protected abstract TimeSpan Interval { get; }

    protected abstract bool Enabled { get; }

    /// <summary>One round of work.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected abstract void OnRoundFailed(Exception exception);

    protected abstract void OnDisabled();

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        // Armed here rather than in ExecuteAsync, which .NET runs on another thread: a test that advances fake time
        // right after StartAsync returns must find the timer already counting.
        _ticks = new PeriodicTimer(Interval, Time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _ticks?.Dispose();
        base.Dispose();
        GC.SuppressFinalize(this);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Enabled)
        {
            OnDisabled();
            return;
        }
        var ticks = _ticks ?? throw new InvalidOperationException($"{GetType().Name}.StartAsync was not called.");
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                OnRoundFailed(e);
            }
        }
        while (await ticks.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }
}
