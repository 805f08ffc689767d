using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// The in-memory store with two test hooks: a task that completes when a matching commit lands (so tests wait on a
/// condition, never on a clock), and a number of commits to refuse as version conflicts.
/// </summary>
public sealed class ObservedStore(InMemoryInstanceStore inner) : IInstanceStore, ITimerStore, IOutboxStore
{
    private readonly Lock _lock = new();
    private readonly List<(Func<InstanceCommit, bool> Match, TaskCompletionSource<InstanceCommit> Done)> _waiters = [];
    private int _conflictsToInject;

    public InMemoryInstanceStore Inner => inner;

    /// <summary>The next <paramref name="count"/> commits fail as if another host had written first.</summary>
    public void InjectConflicts(int count) => Interlocked.Exchange(ref _conflictsToInject, count);

    /// <summary>Completes with the first later commit of <paramref name="instanceId"/> carrying an event of type <typeparamref name="TEvent"/>.</summary>
    public Task<InstanceCommit> WhenCommitted<TEvent>(string instanceId)
        where TEvent : WorkflowEvent
    {
        var done = new TaskCompletionSource<InstanceCommit>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _waiters.Add((c => c.State.InstanceId == instanceId && c.Events.OfType<TEvent>().Any(), done));
        }
        return done.Task;
    }

    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken) => inner.LoadAsync(instanceId, cancellationToken);

    /// <summary>When set, every commit throws this: a broken database rather than a busy one.</summary>
    public Func<Exception>? FailCommitsWith { get; set; }

    public async ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        if (FailCommitsWith is { } fail)
        {
            throw fail();
        }
        if (Interlocked.Decrement(ref _conflictsToInject) >= 0)
        {
            return false;
        }
        Interlocked.Exchange(ref _conflictsToInject, 0);
        if (!await inner.CommitAsync(commit, cancellationToken))
        {
            return false;
        }
        List<TaskCompletionSource<InstanceCommit>> matched;
        lock (_lock)
        {
            matched = _waiters.Where(w => w.Match(commit)).Select(w => w.Done).ToList();
            _waiters.RemoveAll(w => matched.Contains(w.Done));
        }
        matched.ForEach(m => m.TrySetResult(commit));
        return true;
    }

    public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) => inner.FindResultAsync(requestKey, cancellationToken);

    public void Invalidate(string instanceId) => inner.Invalidate(instanceId);

    public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.ClaimDueAsync(now, max, lease, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) => inner.ClaimAsync(max, lease, cancellationToken);

    public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) => inner.MarkSentAsync(ids, cancellationToken);

    public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken) => inner.OldestUnsentAgeAsync(cancellationToken);
}
