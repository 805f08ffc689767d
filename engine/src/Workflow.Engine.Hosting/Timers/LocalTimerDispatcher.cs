using Workflow.Engine.Ports;

namespace Workflow.Engine.Hosting.Timers;

/// <summary>Fires a claimed timer on this host's executor.</summary>
public sealed class LocalTimerDispatcher(TimerFiring firing) : ITimerDispatcher
{
    /// <summary>
    /// A conflict means a decision landed on the same case a moment earlier; a fresh try reloads it and usually wins.
    /// After that the row waits for its lease to run out rather than hold up the rest of the batch.
    /// </summary>
    private const int Attempts = 3;

    public async Task DispatchAsync(DueTimer timer, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= Attempts; attempt++)
        {
            if (await firing.FireAsync(timer.InstanceId, timer.TimerId, cancellationToken).ConfigureAwait(false) != TimerFireOutcome.Conflict)
            {
                return;
            }
        }
    }
}
