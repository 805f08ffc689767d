namespace Workflow.Casework.Application;

/// <summary>
/// The retry schedule of the casework consumers whose work is idempotent (the message centre, ledger grants): quick,
/// then slower, then the message is parked in the queue's <c>_error</c> queue. One schedule, so the two cannot drift.
/// </summary>
internal static class IdempotentRetry
{
    public static TimeSpan[] Intervals => [TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5)];
}
