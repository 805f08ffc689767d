using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// <see cref="IDeadLetterStore"/> over <c>wf_dead_letters</c> (migration 0010). Parking and retrying each change the
/// work's own row and the dead letter in one transaction.
/// </summary>
public sealed class DeadLetterStore(WorkflowDatabase database, TimeProvider time) : IDeadLetterStore
{
    /// <summary>A parked timer's lease: never runs out.</summary>
    private static readonly DateTimeOffset Forever = new(9999, 12, 31, 0, 0, 0, TimeSpan.Zero);

    private readonly SqlDialect _dialect = database.Dialect;
    private readonly DeadLetterSql _sql = DeadLetterSql.For(database.Dialect);

    public Task ParkTimerAsync(string instanceId, string timerId, string reason, int attempts, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            var lease = Parameters(("instance_id", instanceId), ("timer_id", timerId));
            AddTime(lease, "lease_until", Forever);
            await c.ExecuteAsync(new CommandDefinition(_sql.LeaseTimer, lease, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await InsertAsync(c, t, "timer", $"{instanceId}/{timerId}", instanceId, reason, attempts, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task ParkOutboxAsync(long outboxId, string? instanceId, string reason, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            var sent = new DynamicParameters();
            sent.Add("id", outboxId);
            AddTime(sent, "sent_at", time.GetUtcNow());
            await c.ExecuteAsync(new CommandDefinition(_sql.SetOutboxSent, sent, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await InsertAsync(c, t, "outbox", outboxId.ToString(System.Globalization.CultureInfo.InvariantCulture), instanceId, reason, 1, cancellationToken)
                .ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<DeadLetter>> ListAsync(int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var p = new DynamicParameters();
        p.Add("max", max, System.Data.DbType.Int32);
        var rows = await connection.QueryAsync<Row>(new CommandDefinition(_sql.ListDeadLetters, p, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.Select(ToRecord).ToList();
    }

    public Task<bool> RetryAsync(string id, CancellationToken cancellationToken) =>
        WriteAsync(async (c, t) =>
        {
            var found = await c.QueryFirstOrDefaultAsync<Row>(new CommandDefinition(_sql.FindDeadLetter, Parameters(("id", id)), t,
                cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (found is null)
            {
                return false;
            }
            if (found.Kind == "timer" && found.SourceId.Split('/', 2) is [var instanceId, var timerId])
            {
                var lease = Parameters(("instance_id", instanceId), ("timer_id", timerId));
                AddTime(lease, "lease_until", null);
                await c.ExecuteAsync(new CommandDefinition(_sql.LeaseTimer, lease, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            else if (found.Kind == "outbox")
            {
                var unsent = new DynamicParameters();
                unsent.Add("id", long.Parse(found.SourceId, System.Globalization.CultureInfo.InvariantCulture));
                AddTime(unsent, "sent_at", null);
                await c.ExecuteAsync(new CommandDefinition(_sql.SetOutboxSent, unsent, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            }
            var retried = Parameters(("id", id));
            AddTime(retried, "retried_at", time.GetUtcNow());
            return await c.ExecuteAsync(new CommandDefinition(_sql.MarkDeadLetterRetried, retried, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false) == 1;
        }, cancellationToken);

    public async Task<long> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await connection.ExecuteScalarAsync<long>(new CommandDefinition(_sql.CountDeadLetters, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
    }

    private Task InsertAsync(DbConnection c, DbTransaction t, string kind, string sourceId, string? instanceId, string reason, int attempts,
        CancellationToken cancellationToken)
    {
        var p = Parameters(("id", Guid.NewGuid().ToString("N")), ("kind", kind), ("source_id", sourceId), ("instance_id", instanceId),
            ("reason", reason.Length > 2000 ? reason[..2000] : reason));
        p.Add("attempts", attempts);
        AddTime(p, "parked_at", time.GetUtcNow());
        return c.ExecuteAsync(new CommandDefinition(_sql.InsertDeadLetter, p, t, cancellationToken: cancellationToken));
    }

    private Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.InTransactionAsync(work, cancellationToken);

    private static DynamicParameters Parameters(params (string Name, string? Value)[] values)
    {
        var p = new DynamicParameters();
        foreach (var (name, value) in values)
        {
            p.Add(name, value, System.Data.DbType.String);
        }
        return p;
    }

    private void AddTime(DynamicParameters p, string name, DateTimeOffset? value) => p.AddTime(_dialect, name, value);

    private DeadLetter ToRecord(Row r) => new(r.Id, r.Kind, r.SourceId, r.InstanceId, r.Reason, r.Attempts, _dialect.FromDbTime(r.ParkedAt!),
        r.RetriedAt is null ? null : _dialect.FromDbTime(r.RetriedAt));

    private sealed class Row
    {
        public string Id { get; set; } = "";

        public string Kind { get; set; } = "";

        public string SourceId { get; set; } = "";

        public string? InstanceId { get; set; }

        public string Reason { get; set; } = "";

        public int Attempts { get; set; }

        public object? ParkedAt { get; set; }

        public object? RetriedAt { get; set; }
    }
}
