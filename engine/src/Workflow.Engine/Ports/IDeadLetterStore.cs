namespace Workflow.Engine.Ports;

/// <summary>
/// Parked poison work. Parking leaves the row where it is but takes it out of the claims (a timer leased for ever, an
/// outbox row marked sent), so nothing is lost and a retry puts it back exactly as it was.
/// </summary>
public interface IDeadLetterStore
{
    Task ParkTimerAsync(string instanceId, string timerId, string reason, int attempts, CancellationToken cancellationToken);

    Task ParkOutboxAsync(long outboxId, string? instanceId, string reason, CancellationToken cancellationToken);

    /// <summary>The parked work not yet retried, oldest first.</summary>
    Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken);

    /// <summary>Puts the work back (the timer claimable now, the message unsent); false when there is no such parked item.</summary>
    Task<bool> RetryAsync(string id, CancellationToken cancellationToken);

    /// <summary>How many items are parked and not retried.</summary>
    Task<long> CountAsync(CancellationToken cancellationToken);
}
