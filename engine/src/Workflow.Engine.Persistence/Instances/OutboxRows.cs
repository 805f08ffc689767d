using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>
/// The relay's side of the outbox (<see cref="IOutboxStore"/>): rows written by the commit that produced them are
/// claimed with a lease and marked sent (kept, with <c>sent_at</c>, for the record). A relay that dies lets its lease
/// run out and another relay sends the rows again: delivery is at least once, and consumers de-duplicate by message id.
/// </summary>
internal sealed class OutboxRows(WorkflowDatabase database, TimeProvider clock)
{
    private readonly OutboxSql _sql = OutboxSql.For(database.Dialect);

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var now = clock.GetUtcNow();
        var p = new DynamicParameters();
        p.AddTime(dialect, "now", now);
        p.AddTime(dialect, "lease_until", now + lease);
        p.Add("max", max, DbType.Int32);
        return database.Writer.RunAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction, token) =>
        {
            var rows = await connection.QueryAsync<OutboxRecord>(new CommandDefinition(_sql.ClaimOutbox, p, transaction, cancellationToken: token))
                .ConfigureAwait(false);
            return new WriteOutcome<IReadOnlyList<OutboxMessage>>(true, rows.OrderBy(r => r.Id).Select(r => r.ToMessage(dialect)).ToList());
        }, cancellationToken);
    }

    public async Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }
        var sentAt = clock.GetUtcNow();
        await database.Writer.RunAsync(async (connection, transaction, token) =>
        {
            for (var start = 0; start < ids.Count; start += CommitStatements.RowsPerStatement)
            {
                var count = Math.Min(CommitStatements.RowsPerStatement, ids.Count - start);
                var p = new DynamicParameters();
                p.AddTime(database.Dialect, "sent_at", sentAt);
                for (var i = 0; i < count; i++)
                {
                    p.Add(Dialects.SqlDialect.ListParameter("id", i), ids[start + i], DbType.Int64);
                }
                await connection.ExecuteAsync(new CommandDefinition(_sql.MarkSent(count), p, transaction, cancellationToken: token)).ConfigureAwait(false);
            }
            return new WriteOutcome<bool>(true, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var oldest = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(_sql.OldestUnsent, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return oldest is null or DBNull ? null : clock.GetUtcNow() - database.Dialect.FromDbTime(oldest);
    }
}
