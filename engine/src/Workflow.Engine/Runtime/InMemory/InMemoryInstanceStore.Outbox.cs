using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime.InMemory;

/// <summary>Outbox rows in memory: claimed with a lease, removed when marked sent.</summary>
public sealed partial class InMemoryInstanceStore : IOutboxStore
{
    private readonly object _outboxLock = new();
    private readonly List<(OutboxMessage Message, DateTimeOffset LeasedUntil)> _outbox = [];
    private long _nextOutboxId;

    public TimeProvider Clock { get; init; } = TimeProvider.System;

    private void AddOutbox(IReadOnlyList<OutboxMessage> messages)
    {
        lock (_outboxLock)
        {
            foreach (var m in messages)
            {
                _outbox.Add((m with { Id = ++_nextOutboxId }, DateTimeOffset.MinValue));
            }
        }
    }

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var claimed = new List<OutboxMessage>();
        lock (_outboxLock)
        {
            for (var i = 0; i < _outbox.Count && claimed.Count < max; i++)
            {
                if (_outbox[i].LeasedUntil <= now)
                {
                    _outbox[i] = (_outbox[i].Message, now + lease);
                    claimed.Add(_outbox[i].Message);
                }
            }
        }
        return Task.FromResult<IReadOnlyList<OutboxMessage>>(claimed);
    }

    public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        lock (_outboxLock)
        {
            _outbox.RemoveAll(o => ids.Contains(o.Message.Id));
        }
        return Task.CompletedTask;
    }

    public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken)
    {
        lock (_outboxLock)
        {
            return Task.FromResult(_outbox.Count == 0 ? null : (TimeSpan?)(Clock.GetUtcNow() - _outbox.Min(o => o.Message.CreatedAt)));
        }
    }
}
