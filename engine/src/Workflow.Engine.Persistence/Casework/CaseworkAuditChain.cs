using System.Data.Common;
using System.Text.Json;
using Dapper;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Appends casework audit entries to their one chain. The head row is advanced first, which locks it until the
/// transaction commits: two appends on two hosts take consecutive positions, and an append that rolls back with its
/// action gives its position back.
/// </summary>
internal static class CaseworkAuditChain
{
    /// <summary>
    /// The chained text of an entry: a JSON array of every column (unambiguous whatever the text holds), the time as
    /// microseconds since the Unix epoch, the precision every dialect stores.
    /// </summary>
    public static string Body(CaseworkAuditEntry entry) => JsonSerializer.Serialize(new object[]
    {
        entry.Id, Microseconds(entry.At), entry.ActorId, entry.Action, entry.SubjectType, entry.SubjectId, entry.Detail,
    });

    private static long Microseconds(DateTimeOffset at) => (at.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>The time as stored: whole microseconds, so the hash of what was written is the hash of what is read.</summary>
    public static DateTimeOffset Stored(DateTimeOffset at) => new(at.UtcTicks - at.UtcTicks % TimeSpan.TicksPerMicrosecond, TimeSpan.Zero);

    public static async Task AppendAsync(DbConnection connection, DbTransaction transaction, SqlDialect dialect, AuditChain chain,
        CaseworkAuditEntry entry, CancellationToken cancellationToken)
    {
        var sql = CaseworkAuditSql.For(dialect);
        var stored = entry with { At = Stored(entry.At) };
        await connection.ExecuteAsync(new CommandDefinition(sql.AdvanceAuditHead, transaction: transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        var head = await connection.QuerySingleAsync<CaseworkRows.AuditHead>(new CommandDefinition(sql.ReadAuditHead,
            transaction: transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var hash = chain.Hash(head.Hash, AuditChain.CaseworkChain, head.Seq, Body(stored));

        var p = new DynamicParameters();
        p.Add("id", stored.Id);
        p.Add("at", dialect.ToDbTime(stored.At), dialect.TimeDbType);
        p.Add("actor_id", stored.ActorId);
        p.Add("action", stored.Action);
        p.Add("subject_type", stored.SubjectType);
        p.Add("subject_id", stored.SubjectId);
        p.Add("detail", stored.Detail);
        p.Add("seq", head.Seq);
        p.Add("prev_hash", head.Hash);
        p.Add("hash", hash);
        await connection.ExecuteAsync(new CommandDefinition(sql.InsertAudit, p, transaction, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        await connection.ExecuteAsync(new CommandDefinition(sql.SetAuditHeadHash, new { hash }, transaction,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
    }
}
