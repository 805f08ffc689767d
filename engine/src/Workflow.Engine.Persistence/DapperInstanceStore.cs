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
/// concern in its own partial file. The state it loads is a fresh object each time (no cache), so
/// <see cref="Invalidate"/> has nothing to forget.
/// </summary>
public sealed partial class DapperInstanceStore : IInstanceStore
{
    /// <summary>Most rows one multi-row statement carries; SQL Server allows 2,100 parameters per statement.</summary>
    internal const int RowsPerStatement = 100;

    private readonly WorkflowDatabase _database;
    private readonly SqlDialect _dialect;
    private readonly Statements _sql;
    private readonly TimeProvider _clock;
    private readonly ConditionalWeakTable<InstanceState, Baseline> _baselines = new();

    public DapperInstanceStore(WorkflowDatabase database, TimeProvider? clock = null)
    {
        _database = database;
        _dialect = database.Dialect;
        _sql = new Statements(_dialect);
        _clock = clock ?? TimeProvider.System;
    }

    public async ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
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

    public async ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        _baselines.TryGetValue(commit.State, out var loaded);
        var plan = CommitPlan.For(commit, loaded, _clock.GetUtcNow());
        if (_dialect.BatchesCommits && plan.Hashes is not null && plan.Events.Count > 0 && plan.FitsOneStatementPerKind(RowsPerStatement))
        {
            return await WriteBatchAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        // The executor loads afresh for every command, so the committed state needs no new baseline.
        return await _database.Writer.RunAsync((connection, transaction, token) => WriteAsync(connection, transaction, plan, token),
            cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<ResultRecord>(new CommandDefinition(_sql.FindResult, new { request_key = requestKey },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (rows.Count == 0)
        {
            return null;
        }
        var events = rows.Where(r => r.Body is not null).Select(r => EventSerializer.Deserialize(r.Body!)).ToList();
        return new StoredResult(requestKey, rows[0].InstanceId, events);
    }

    /// <summary>Nothing is cached: every load reads the committed row.</summary>
    public void Invalidate(string instanceId)
    {
    }

    private static CommandDefinition Command(string sql, object? parameters, IDbTransaction transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private void AddTime(DynamicParameters parameters, string name, DateTimeOffset? value) =>
        parameters.Add(name, value is { } v ? _dialect.ToDbTime(v) : null, _dialect.TimeDbType);

    private static void AddText(DynamicParameters parameters, string name, string? value) => parameters.Add(name, value, DbType.String);
}
