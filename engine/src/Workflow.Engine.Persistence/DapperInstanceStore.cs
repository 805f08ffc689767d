using System.Collections.Concurrent;
using System.Data;
using System.Runtime.CompilerServices;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The durable store: instances, their hash-chained events, the inbox, timers, outbox and request keys, all written by
/// one transaction per command (<see cref="CommitAsync"/>). It implements every persistence port of the core, each
/// concern in its own partial file. The state it loads is a fresh object each time: the last state this store committed
/// per instance is kept (as it would read back) and copied out while the row's version and head hash still match it, so
/// the snapshot is only parsed when another writer moved the instance on or the entry was forgotten.
/// </summary>
public sealed partial class DapperInstanceStore : IInstanceStore
{
    /// <summary>Most rows one multi-row statement carries; SQL Server allows 2,100 parameters per statement.</summary>
    internal const int RowsPerStatement = 100;

    private readonly WorkflowDatabase _database;
    private readonly SqlDialect _dialect;
    private readonly InstanceSql _instanceSql;
    private readonly TaskSql _taskSql;
    private readonly TimerSql _timerSql;
    private readonly OutboxSql _outboxSql;
    private readonly CaseScopeSql _scopeSql;
    private readonly TimeProvider _clock;
    private readonly ConditionalWeakTable<InstanceState, Baseline> _baselines = new();

    /// <summary>Most instances whose committed state is kept; past it the cache starts over.</summary>
    internal const int CachedInstances = 4096;

    private readonly ConcurrentDictionary<string, Committed> _committed = new(StringComparer.Ordinal);

    /// <summary>A committed state as it would load (never handed out itself) and the rows it was committed with.</summary>
    private sealed record Committed(InstanceState State, Baseline Baseline);

    public DapperInstanceStore(WorkflowDatabase database, TimeProvider? clock = null)
    {
        _database = database;
        _dialect = database.Dialect;
        _instanceSql = InstanceSql.For(_dialect);
        _taskSql = TaskSql.For(_dialect);
        _timerSql = TimerSql.For(_dialect);
        _outboxSql = OutboxSql.For(_dialect);
        _scopeSql = CaseScopeSql.For(_dialect);
        _clock = clock ?? TimeProvider.System;
    }

    public async ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        if (_committed.TryGetValue(instanceId, out var committed))
        {
            var head = await connection.QuerySingleOrDefaultAsync<HeadRecord>(new CommandDefinition(_instanceSql.ReadHead, new { id = instanceId },
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
        var row = await connection.QuerySingleOrDefaultAsync<HeadRecord>(new CommandDefinition(_instanceSql.LoadInstance, new { id = instanceId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (row is null)
        {
            return null;
        }
        var state = InstanceSnapshot.FromJson(row.Snapshot);
        _baselines.AddOrUpdate(state, Baseline.Of(state, row.HeadHash));
        return state;
    }

    public async ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        _baselines.TryGetValue(commit.State, out var loaded);
        var plan = CommitPlan.For(commit, loaded, _clock.GetUtcNow(), _database.AuditChain);
        var id = commit.State.InstanceId;
        _committed.TryRemove(id, out _);
        bool kept;
        try
        {
            kept = _dialect.BatchesCommits && plan.Hashes is not null && plan.Events.Count > 0 && plan.FitsOneStatementPerKind(RowsPerStatement)
                ? await WriteBatchAsync(plan, cancellationToken).ConfigureAwait(false)
                : await WriteThroughWriterAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _committed.TryRemove(id, out _);
            throw;
        }
        if (kept)
        {
            // The executor loads afresh for every command: keep the state as it would load, with the rows now stored.
            Remember(id, commit.State.Reloaded(), plan.HeadHash, plan.TaskRows);
        }
        return kept;
    }

    private Task<bool> WriteThroughWriterAsync(CommitPlan plan, CancellationToken cancellationToken)
    {
        // Without a known head the hashes, and so the statements, wait for the head read inside the transaction.
        var statements = plan.Hashes is null ? null : Statements(plan, strict: false, into: null);
        return _database.Writer.RunAsync((connection, transaction, token) => WriteAsync(connection, transaction, plan, statements, token), cancellationToken);
    }

    private void Remember(string instanceId, InstanceState state, string headHash, IReadOnlyList<TaskColumnsRow> taskRows)
    {
        if (_committed.Count >= CachedInstances)
        {
            _committed.Clear();
        }
        _committed[instanceId] = new Committed(state, Baseline.Of(state, headHash, taskRows));
    }

    public async ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<ResultRecord>(new CommandDefinition(_instanceSql.FindResult, new { request_key = requestKey },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (rows.Count == 0)
        {
            return null;
        }
        var events = rows.Where(r => r.Body is not null).Select(r => EventSerializer.Deserialize(r.Body!)).ToList();
        return new StoredResult(requestKey, rows[0].InstanceId, events) { CommandType = rows[0].CommandType };
    }

    /// <summary>Forgets the committed state kept for the instance: its next load reads the row.</summary>
    public void Invalidate(string instanceId) => _committed.TryRemove(instanceId, out _);

    private static CommandDefinition Command(string sql, object? parameters, IDbTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private void AddTime(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        parameters.Add(name, value is { } v ? _dialect.ToDbTime(v) : null, _dialect.TimeDbType);

    private static void AddText(DynamicParameters parameters, string name, string? value) => parameters.Add(name, value, DbType.String);
}
