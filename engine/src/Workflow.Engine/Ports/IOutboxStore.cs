namespace Workflow.Engine.Ports;

/// <summary>Committed outbox rows waiting to be published. Safe to use from every host at once.</summary>
public interface IOutboxStore
{
    /// <summary>Claims up to <paramref name="max"/> unsent rows for <paramref name="lease"/>; a crashed relay's claim expires.</summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken);

    Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken);

    /// <summary>Age of the oldest unsent row, for the outbox-lag metric; null when the outbox is empty.</summary>
    Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken);
}
