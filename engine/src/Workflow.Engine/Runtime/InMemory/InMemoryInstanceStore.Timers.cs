using System.Collections.Concurrent;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime.InMemory;

/// <summary>Due timers found by scanning the cached states; a claim holds a timer for the lease.</summary>
public sealed partial class InMemoryInstanceStore : ITimerStore
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _timerLeases = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var due = new List<DueTimer>();
        foreach (var id in _entries.Keys)
        {
            var state = await LoadAsync(id, cancellationToken);
            if (state is null || state.IsFinished)
            {
                continue;
            }
            foreach (var timer in state.Timers.Values.Where(t => t.DueAt <= now).OrderBy(t => t.DueAt))
            {
                var leaseKey = $"{id}/{timer.TimerId}";
                if (due.Count < max && (!_timerLeases.TryGetValue(leaseKey, out var until) || until <= now))
                {
                    _timerLeases[leaseKey] = now + lease;
                    due.Add(new DueTimer(id, timer.TimerId, timer.DueAt));
                }
            }
        }
        return due;
    }
}
