using System.Collections.Concurrent;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.InMemory;

/// <summary>
/// Keeps instances in process memory: the committed event list is the truth and the live state is a cache of it.
/// It hands out the cached object itself, which is safe because the executor serialises commands per instance and
/// invalidates the cache after any failure. It also serves the timer and outbox ports, for tests and simulation.
/// </summary>
public sealed partial class InMemoryInstanceStore : IInstanceStore
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredResult> _results = new(StringComparer.Ordinal);

    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        if (!_entries.TryGetValue(instanceId, out var entry))
        {
            return ValueTask.FromResult<InstanceState?>(null);
        }
        lock (entry)
        {
            entry.State ??= EventAppliers.Replay(entry.Events);
            return ValueTask.FromResult<InstanceState?>(entry.State);
        }
    }

    public ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        var entry = _entries.GetOrAdd(commit.State.InstanceId, _ => new Entry());
        lock (entry)
        {
            if (entry.Events.Count != commit.ExpectedVersion
                || (commit.RequestKey is { } key && !_results.TryAdd(key, new StoredResult(key, commit.State.InstanceId, commit.Events) { CommandType = commit.CommandType })))
            {
                return ValueTask.FromResult(false);
            }
            entry.Events.AddRange(commit.Events);
            entry.State = commit.State;
            AddOutbox(commit.Outbox);
            return ValueTask.FromResult(true);
        }
    }

    public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_results.GetValueOrDefault(requestKey));

    public void Invalidate(string instanceId)
    {
        if (_entries.TryGetValue(instanceId, out var entry))
        {
            lock (entry)
            {
                entry.State = null;
            }
        }
    }

    /// <summary>The committed events of one instance, oldest first.</summary>
    public IReadOnlyList<WorkflowEvent> EventsOf(string instanceId)
    {
        if (!_entries.TryGetValue(instanceId, out var entry))
        {
            return [];
        }
        lock (entry)
        {
            return entry.Events.ToList();
        }
    }

    public IEnumerable<string> InstanceIds => _entries.Keys;

    private sealed class Entry
    {
        public List<WorkflowEvent> Events { get; } = [];

        public InstanceState? State { get; set; }
    }
}
