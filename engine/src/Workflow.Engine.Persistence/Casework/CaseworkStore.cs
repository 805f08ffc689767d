using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper store for casework (一门受理). Each write that changes something commits with its audit row in one
/// transaction, so an action and its record of who did it can't part. Writes are rare next to engine commands, so
/// they take their own connection; on SQLite they wait for the group-commit writer through the busy timeout.
/// </summary>
public sealed partial class CaseworkStore(WorkflowDatabase database, TimeProvider? time = null)
{
    private readonly SqlDialect _dialect = database.Dialect;
    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly DocumentSql _documentSql = DocumentSql.For(database.Dialect);
    private readonly ApplicationSql _applicationSql = ApplicationSql.For(database.Dialect);
    private readonly ApplicationListSql _listSql = ApplicationListSql.For(database.Dialect);
    private readonly AttachmentSql _attachmentSql = AttachmentSql.For(database.Dialect);
    private readonly CaseworkAuditSql _auditSql = CaseworkAuditSql.For(database.Dialect);
    private readonly PaymentSql _paymentSql = PaymentSql.For(database.Dialect);
    private readonly CheckSql _checkSql = CheckSql.For(database.Dialect);
    private readonly SupervisionSql _supervisionSql = SupervisionSql.For(database.Dialect);
    private readonly CaseScopeSql _scopeSql = CaseScopeSql.For(database.Dialect);

    public SqlDialect Dialect => _dialect;

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>
    /// A casework write. Each one takes the audit chain's head lock first: most writes append to the chain, and taking
    /// that lock before any row they change keeps two writes from each holding what the other waits for.
    /// </summary>
    private Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        database.InTransactionAsync(async (c, t) =>
        {
            await c.ExecuteAsync(new CommandDefinition(_auditSql.LockAuditHead, transaction: t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            return await work(c, t).ConfigureAwait(false);
        }, cancellationToken);

    private async Task<T> ReadAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    private Task AuditAsync(DbConnection connection, DbTransaction transaction, CaseworkAuditEntry entry, CancellationToken cancellationToken) =>
        CaseworkAuditChain.AppendAsync(connection, transaction, _dialect, database.AuditChain, entry, cancellationToken);

    private void AddTime(DynamicParameters p, string name, DateTimeOffset? value) =>
        p.Add(name, value is { } v ? _dialect.ToDbTime(v) : null, _dialect.TimeDbType);

    /// <summary>Appends an audit entry on its own (a reveal of personal data, a read that must be recorded).</summary>
    public Task AppendAuditAsync(CaseworkAuditEntry entry, CancellationToken cancellationToken = default) =>
        WriteAsync(async (c, t) =>
        {
            await AuditAsync(c, t, entry, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    /// <summary>
    /// Appends the entry unless its actor already wrote <paramref name="limit"/> entries of its action since
    /// <paramref name="since"/>; the count and the insert share one transaction. False when the limit was reached.
    /// </summary>
    public async Task<bool> AppendAuditWithinLimitAsync(CaseworkAuditEntry entry, DateTimeOffset since, int limit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        // Under a per-actor lock, two of one person's entries at the same moment (two hosts on PostgreSQL) are counted
        // one after the other and cannot pass the limit together.
        var actor = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(entry.ActorId)))[..16];
        return await LockedWriteAsync($"audit:{entry.Action}:{actor}", async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("actor_id", entry.ActorId);
            p.Add("action", entry.Action);
            AddTime(p, "since", since);
            var count = await c.ExecuteScalarAsync<long>(new CommandDefinition(_auditSql.CountAuditByActor, p, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            if (count >= limit)
            {
                return false;
            }
            await AuditAsync(c, t, entry, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CaseworkAuditEntry>> ListAuditAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<CaseworkAuditEntry>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.Audit>(new CommandDefinition(_auditSql.ListAudit,
                new { subject_type = subjectType, subject_id = subjectId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord(_dialect)).ToList();
        }, cancellationToken);
}
