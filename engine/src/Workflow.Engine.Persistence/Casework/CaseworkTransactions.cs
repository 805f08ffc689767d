using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// How casework reads and writes: each write that changes something commits with its audit row in one transaction, so
/// an action and its record of who did it can't part. Writes are rare next to engine commands, so they take their own
/// connection; on SQLite they wait for the group-commit writer through the busy timeout.
/// </summary>
internal sealed class CaseworkTransactions(WorkflowDatabase database)
{
    private readonly CaseworkAuditSql _auditSql = CaseworkAuditSql.For(database.Dialect);
    private readonly ApplicationSql _sequenceSql = ApplicationSql.For(database.Dialect);

    public SqlDialect Dialect => database.Dialect;

    /// <summary>
    /// A casework write. Each one takes the audit chain's head lock first: most writes append to the chain, and taking
    /// that lock before any row they change keeps two writes from each holding what the other waits for.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(_auditSql.LockAuditHead, transaction: t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            return await work(c, t).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that first bumps the counter row <paramref name="lockRow"/>, whose row
    /// lock serialises every writer of the same row across hosts. The row is created beforehand on its own, so the first
    /// two writers do not race to insert it.
    /// </summary>
    public async Task<T> LockedWriteAsync<T>(string lockRow, Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken)
    {
        try
        {
            await WriteAsync(async (c, t) => await c.ExecuteAsync(new CommandDefinition(_sequenceSql.StartSequence, new { name = lockRow }, t,
                cancellationToken: cancellationToken)).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (Dialect.IsUniqueViolation(e))
        {
            // Already there (the usual case after the first write).
        }
        return await WriteAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(_sequenceSql.BumpSequence, new { name = lockRow }, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            return await work(c, t).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    public async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    /// <summary>Appends an entry to the casework audit chain inside the write's transaction.</summary>
    public Task AuditAsync(DbConnection connection, DbTransaction transaction, CaseworkAuditEntry entry, CancellationToken cancellationToken) =>
        CaseworkAuditChain.AppendAsync(connection, transaction, Dialect, database.AuditChain, entry, cancellationToken);

}
