using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// Walks the casework audit (reveals, payments, closures, organisation edits) and returns the first broken link: the
/// entries from before the chain no longer matching their seal, a missing or repeated position, a <c>prev_hash</c>
/// that is not the previous entry's hash, content that does not match its hash, or a head whose length or hash is not
/// the last entry's. The head is read first and the walk stops at its position, so entries appended meanwhile on a live
/// system are left for the next walk instead of being reported.
/// </summary>
internal sealed class CaseworkAuditWalk(WorkflowDatabase database, IReadOnlyDictionary<string, AuditSeal> seals)
{
    private const string Chain = AuditChain.CaseworkChain;

    public async Task<(long Entries, AuditBreak? Break)> RunAsync(CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var head = await connection.QuerySingleAsync<CaseworkRows.AuditHead>(new CommandDefinition(Casework.CaseworkAuditSql.For(dialect).ReadAuditHead,
            cancellationToken: cancellationToken)).ConfigureAwait(false);

        var legacy = (await connection.QueryAsync<CaseworkRows.ChainedAudit>(new CommandDefinition(AuditSql.For(dialect).LegacyCaseworkAudit,
            cancellationToken: cancellationToken)).ConfigureAwait(false)).Select(r => r.ChainBody(dialect)).ToList();
        if (legacy.Count > 0 && Legacy(legacy) is { } unsealed)
        {
            return (legacy.Count, unsealed);
        }

        var p = new DynamicParameters();
        p.Add("max", head.Seq, DbType.Int64);
        var rows = connection.QueryUnbufferedAsync<CaseworkRows.ChainedAudit>(AuditSql.For(dialect).CaseworkChain, p);
        long count = 0;
        var previous = AuditChain.Genesis;
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            count++;
            if (Check(row, count, previous, dialect) is { } broken)
            {
                return (legacy.Count + count, broken);
            }
            previous = row.Hash!;
        }
        if (head.Seq != count)
        {
            return (legacy.Count + count, new AuditBreak(Chain, count + 1, "the audit's length is not its head's", $"{head.Seq} entries", $"{count} entries"));
        }
        return head.Hash.Trim() == previous
            ? (legacy.Count + count, null)
            : (legacy.Count + count, new AuditBreak(Chain, count, "the audit head's hash is not its last entry's hash", previous, head.Hash));
    }

    /// <summary>The entries from before the chain, checked against the seal the first keyed start gave them.</summary>
    private AuditBreak? Legacy(IReadOnlyList<string> bodies)
    {
        const string name = AuditKeyGuard.CaseworkLegacyChain;
        var hash = AuditKeyGuard.LegacyCaseworkHash(bodies);
        if (!seals.TryGetValue(name, out var seal))
        {
            return new AuditBreak(name, 1, "entries outside the chain have no seal", "a seal", "none");
        }
        if (seal.SealedSeq != bodies.Count || seal.SealedHash != hash)
        {
            return new AuditBreak(name, Math.Min(seal.SealedSeq, bodies.Count), "the entries from before the chain are not the sealed ones",
                $"{seal.SealedSeq} entries, {seal.SealedHash}", $"{bodies.Count} entries, {hash}");
        }
        return seal.Holds(database.AuditChain, name) ? null
            : new AuditBreak(name, seal.SealedSeq, "the seal of the entries from before the chain does not hold", "a seal under the audit key", seal.Seal);
    }

    private AuditBreak? Check(CaseworkRows.ChainedAudit row, long position, string previous, Dialects.SqlDialect dialect)
    {
        var seq = row.Seq!.Value;
        if (seq != position)
        {
            return new AuditBreak(Chain, position, "an audit entry is missing", $"seq {position}", $"seq {seq}");
        }
        var prev = row.PrevHash!.Trim();
        if (prev != previous)
        {
            return new AuditBreak(Chain, seq, "prev_hash is not the previous entry's hash", previous, prev);
        }
        var hash = database.AuditChain.Hash(prev, Chain, seq, row.ChainBody(dialect));
        return row.Hash!.Trim() == hash ? null : new AuditBreak(Chain, seq, "the entry's content does not match its hash", hash, row.Hash);
    }
}
