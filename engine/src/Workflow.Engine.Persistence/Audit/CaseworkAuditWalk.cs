using Dapper;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// Walks the casework audit (reveals, payments, closures, organisation edits) in chain order and returns the first
/// broken link: an entry outside the chain, a missing or repeated position, a <c>prev_hash</c> that is not the previous
/// entry's hash, content that does not match its hash, or a head row whose length or hash is not the last entry's.
/// </summary>
internal sealed class CaseworkAuditWalk(WorkflowDatabase database)
{
    private const string Chain = AuditChain.CaseworkChain;

    public async Task<(long Entries, AuditBreak? Break)> RunAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = connection.QueryUnbufferedAsync<CaseworkRows.ChainedAudit>(dialect.RenderAuditChainSql());
        long count = 0;
        var previous = AuditChain.Genesis;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (Check(row, count, previous, dialect) is { } broken)
            {
                return (count, broken);
            }
            previous = row.Hash!;
        }
        var head = await connection.QuerySingleAsync<CaseworkRows.AuditHead>(new CommandDefinition(dialect.RenderReadAuditHeadSql(),
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (head.Seq != count)
        {
            return (count, new AuditBreak(Chain, Math.Min(head.Seq, count) + 1, "the audit's length is not its head's", $"{head.Seq} entries", $"{count} entries"));
        }
        return head.Hash == previous
            ? (count, null)
            : (count, new AuditBreak(Chain, count, "the audit head's hash is not its last entry's hash", previous, head.Hash));
    }

    private AuditBreak? Check(CaseworkRows.ChainedAudit row, long position, string previous, Dialects.SqlDialect dialect)
    {
        if (row.Seq is not { } seq || row.Hash is null || row.PrevHash is null)
        {
            return new AuditBreak(Chain, position, $"entry {row.Id} is outside the chain", "a chain position", "none");
        }
        if (seq != position)
        {
            return new AuditBreak(Chain, position, "an audit entry is missing", $"seq {position}", $"seq {seq}");
        }
        if (row.PrevHash != previous)
        {
            return new AuditBreak(Chain, seq, "prev_hash is not the previous entry's hash", previous, row.PrevHash);
        }
        var hash = database.AuditChain.Hash(row.PrevHash, Chain, seq, row.ChainBody(dialect));
        return row.Hash == hash ? null : new AuditBreak(Chain, seq, "the entry's content does not match its hash", hash, row.Hash);
    }
}
