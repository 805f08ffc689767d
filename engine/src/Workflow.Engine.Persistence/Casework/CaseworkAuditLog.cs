using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The casework audit entries written on their own (a reveal, a read that must be recorded), and one subject's entries.</summary>
internal sealed class CaseworkAuditLog(CaseworkTransactions casework)
{
    private readonly CaseworkAuditSql _auditSql = CaseworkAuditSql.For(casework.Dialect);

    /// <summary>Appends an audit entry on its own (a reveal of personal data, a read that must be recorded).</summary>
    public Task AppendAuditAsync(CaseworkAuditEntry entry, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            await casework.AuditAsync(c, t, entry, cancellationToken).ConfigureAwait(false);
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
        return await casework.LockedWriteAsync($"audit:{entry.Action}:{actor}", async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("actor_id", entry.ActorId);
            p.Add("action", entry.Action);
            p.AddTime(casework.Dialect, "since", since);
            var count = await c.ExecuteScalarAsync<long>(new CommandDefinition(_auditSql.CountAuditByActor, p, t, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            if (count >= limit)
            {
                return false;
            }
            await casework.AuditAsync(c, t, entry, cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<CaseworkAuditEntry>> ListAuditAsync(string subjectType, string subjectId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<CaseworkAuditEntry>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.Audit>(new CommandDefinition(_auditSql.ListAudit,
                new { subject_type = subjectType, subject_id = subjectId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord(casework.Dialect)).ToList();
        }, cancellationToken);
}
