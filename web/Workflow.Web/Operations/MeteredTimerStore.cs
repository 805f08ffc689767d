using Workflow.Engine.Ports;

namespace Workflow.Web.Operations;

/// <summary>Records how late each claimed timer is picked up; the claim itself is the inner store's.</summary>
internal sealed class MeteredTimerStore(ITimerStore inner, WorkflowMetrics metrics) : ITimerStore
{
    public async Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var due = await inner.ClaimDueAsync(now, max, lease, cancellationToken).ConfigureAwait(false);
        foreach (var timer in due)
        {
            metrics.TimerClaimed(now - timer.DueAt);
        }
        return due;
    }
}
