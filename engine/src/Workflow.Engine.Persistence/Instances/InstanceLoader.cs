using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>
/// Loads instances, and keeps the last state this store committed per instance (as it would read back) so that a load
/// copies it out while the row's version and head hash still match, instead of parsing the snapshot again. Every state
/// it hands out carries the rows the database held for it (<see cref="Baseline"/>), which the commit diffs against.
/// </summary>
internal sealed class InstanceLoader(WorkflowDatabase database)
{
    /// <summary>Most instances whose committed state is kept; past it the cache starts over.</summary>
    internal const int CachedInstances = 4096;

    private readonly InstanceSql _sql = InstanceSql.For(database.Dialect);
    private readonly ConditionalWeakTable<InstanceState, Baseline> _baselines = new();
    private readonly ConcurrentDictionary<string, Committed> _committed = new(StringComparer.Ordinal);

    /// <summary>A committed state as it would load (never handed out itself) and the rows it was committed with.</summary>
    private sealed record Committed(InstanceState State, Baseline Baseline);

    public async ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        if (_committed.TryGetValue(instanceId, out var committed))
        {
            var head = await connection.QuerySingleOrDefaultAsync<HeadRecord>(new CommandDefinition(_sql.ReadHead, new { id = instanceId },
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (head is null)
            {
                _committed.TryRemove(KeyValuePair.Create(instanceId, committed));
                return null;
            }
            if (head.Version == committed.State.Version && head.HeadHash == committed.Baseline.HeadHash)
            {
                var copy = committed.State.Clone();
                _baselines.AddOrUpdate(copy, committed.Baseline);
                return copy;
            }
            _committed.TryRemove(KeyValuePair.Create(instanceId, committed));
        }
        var row = await connection.QuerySingleOrDefaultAsync<HeadRecord>(new CommandDefinition(_sql.LoadInstance, new { id = instanceId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var state = InstanceSnapshot.FromJson(row.Snapshot);
        _baselines.AddOrUpdate(state, Baseline.Of(state, row.HeadHash));
        return state;
    }

    /// <summary>The rows the database held for <paramref name="state"/> when it was loaded; null for a state it never handed out.</summary>
    public Baseline? BaselineOf(InstanceState state)
    {
        _baselines.TryGetValue(state, out var loaded);
        return loaded;
    }

    /// <summary>Keeps a committed state (as it would load) with the rows now stored.</summary>
    public void Remember(string instanceId, InstanceState state, string headHash, IReadOnlyList<TaskColumnsRow> taskRows)
    {
        if (_committed.Count >= CachedInstances)
        {
            _committed.Clear();
        }
        _committed[instanceId] = new Committed(state, Baseline.Of(state, headHash, taskRows));
    }

    /// <summary>Forgets the committed state kept for the instance: its next load reads the row.</summary>
    public void Forget(string instanceId) => _committed.TryRemove(instanceId, out _);
}
