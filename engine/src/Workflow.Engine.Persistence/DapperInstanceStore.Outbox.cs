using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Outbox rows, written by the commit that produced them, claimed by relays with a lease and marked sent (kept, with
/// <c>sent_at</c>, for the record). A relay that dies lets its lease run out and another relay sends the rows again:
/// delivery is at least once, and consumers de-duplicate by message id.
/// </summary>
public sealed partial class DapperInstanceStore : IOutboxStore
{
    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var p = new DynamicParameters();
        AddTime(p, "now", now);
        AddTime(p, "lease_until", now + lease);
        p.Add("max", max, DbType.Int32);
        return _database.Writer.RunAsync<IReadOnlyList<OutboxMessage>>(async (connection, transaction, token) =>
        {
            var rows = await connection.QueryAsync<OutboxRecord>(Command(_outboxSql.ClaimOutbox, p, transaction, token)).ConfigureAwait(false);
            return new WriteOutcome<IReadOnlyList<OutboxMessage>>(true, rows.OrderBy(r => r.Id).Select(r => r.ToMessage(_dialect)).ToList());
        }, cancellationToken);
    }

    public async Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return;
        }
        var sentAt = _clock.GetUtcNow();
        await _database.Writer.RunAsync(async (connection, transaction, token) =>
        {
            for (var start = 0; start < ids.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, ids.Count - start);
                var p = new DynamicParameters();
                AddTime(p, "sent_at", sentAt);
                for (var i = 0; i < count; i++)
                {
                    p.Add(Dialects.SqlDialect.ListParameter("id", i), ids[start + i], DbType.Int64);
                }
                await connection.ExecuteAsync(Command(_outboxSql.MarkSent(count), p, transaction, token)).ConfigureAwait(false);
            }
            return new WriteOutcome<bool>(true, true);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var oldest = await connection.ExecuteScalarAsync<object?>(new CommandDefinition(_outboxSql.OldestUnsent, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return oldest is null or DBNull ? null : _clock.GetUtcNow() - _dialect.FromDbTime(oldest);
    }

    private void OutboxStatements(IReadOnlyList<OutboxMessage> messages, List<Statement> statements, StatementParameters? into) =>
        AddBatched(messages, statements, into, _outboxSql.InsertOutbox, (p, i, r) =>
        {
            var m = messages[i];
            // names[] follows OutboxSql.OutboxColumns.
            var names = RowNames.For(OutboxSql.OutboxPrefix, OutboxSql.OutboxColumns, r);
            p.Text(names[0], m.MessageId);
            p.Text(names[1], m.InstanceId);
            p.Text(names[2], m.MessageType);
            p.Text(names[3], m.Destination);
            p.Text(names[4], m.Body);
            p.Time(names[5], m.CreatedAt);
        });
}
