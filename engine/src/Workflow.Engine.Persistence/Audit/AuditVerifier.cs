using Dapper;
using Workflow.Engine.Persistence.Rows;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// Walks the event chains and reports the first broken link: a body whose hash is not the stored one, a
/// <c>prev_hash</c> that is not the previous event's hash, a gap in the sequence, or an instance row whose version and
/// head hash do not match its last event (a truncated history). A history written before the audit key is checked
/// as plain SHA-256 up to its seal (<see cref="AuditKeyGuard"/>). Then it walks the casework audit's chain the same way
/// (<see cref="CaseworkAuditWalk"/>). Used by <c>wf verify-audit</c> and the admin API. It streams, so it runs in
/// constant memory over any number of events.
/// </summary>
public sealed class AuditVerifier(WorkflowDatabase database)
{
    /// <summary>Verifies every instance and the casework audit, or only the instance <paramref name="instanceId"/>.</summary>
    public async Task<AuditReport> VerifyAsync(string? instanceId = null, CancellationToken cancellationToken = default)
    {
        IReadOnlyDictionary<string, AuditSeal> seals;
        await using (var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false))
        {
            seals = await AuditSeal.ReadAsync(connection, database.Dialect, cancellationToken).ConfigureAwait(false);
        }
        var events = await VerifyEventsAsync(instanceId, seals, cancellationToken).ConfigureAwait(false);
        if (!events.IsIntact || instanceId is not null)
        {
            return events;
        }
        var (entries, broken) = await new CaseworkAuditWalk(database, seals).RunAsync(cancellationToken).ConfigureAwait(false);
        return events with { AuditEntriesChecked = entries, FirstBreak = broken };
    }

    private async Task<AuditReport> VerifyEventsAsync(string? instanceId, IReadOnlyDictionary<string, AuditSeal> seals, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var sql = instanceId is null ? AuditSql.For(dialect).AuditEvents : AuditSql.For(dialect).AuditInstanceEvents;
        var rows = connection.QueryUnbufferedAsync<AuditRecord>(sql, new { instance_id = instanceId });

        var walk = new ChainWalk(database.AuditChain, seals);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (walk.Step(row) is { } broken)
            {
                return new AuditReport(walk.Instances, walk.Events, broken);
            }
        }
        if (walk.Finish() is { } tail)
        {
            return new AuditReport(walk.Instances, walk.Events, tail);
        }

        var headless = await connection.QueryAsync<AuditRecord>(new CommandDefinition(AuditSql.For(dialect).AuditHeadsWithoutEvents,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        if (headless.FirstOrDefault(h => instanceId is null || h.InstanceId == instanceId) is { } gone)
        {
            return new AuditReport(walk.Instances + 1, walk.Events,
                new AuditBreak(gone.InstanceId, 1, "the instance records events but none are stored", $"{gone.HeadVersion} events", "none"));
        }
        return new AuditReport(walk.Instances, walk.Events, null);
    }

    /// <summary>The state of the walk through rows ordered by instance, then sequence.</summary>
    private sealed class ChainWalk(AuditChain chain, IReadOnlyDictionary<string, AuditSeal> seals)
    {
        private AuditRecord? _last;

        public long Instances { get; private set; }

        public long Events { get; private set; }

        public AuditBreak? Step(AuditRecord row)
        {
            var sameInstance = _last is not null && _last.InstanceId == row.InstanceId;
            if (!sameInstance)
            {
                if (Finish() is { } tail)
                {
                    return tail;
                }
                Instances++;
            }
            var expectedSeq = sameInstance ? _last!.Seq + 1 : 1;
            var expectedPrev = sameInstance ? _last!.Hash : AuditChain.Genesis;
            Events++;
            _last = row;
            if (row.Seq != expectedSeq)
            {
                return new AuditBreak(row.InstanceId, expectedSeq, "an event is missing", $"seq {expectedSeq}", $"seq {row.Seq}");
            }
            if (row.PrevHash != expectedPrev)
            {
                return new AuditBreak(row.InstanceId, row.Seq, "prev_hash is not the previous event's hash", expectedPrev, row.PrevHash);
            }
            // Links written before the audit key are plain SHA-256, and their last one carries the key's seal.
            var seal = seals.GetValueOrDefault(row.InstanceId);
            var hash = (seal is not null && row.Seq <= seal.SealedSeq ? AuditChain.Unkeyed : chain).Hash(row.PrevHash, row.InstanceId, row.Seq, row.Body);
            if (row.Hash != hash)
            {
                return new AuditBreak(row.InstanceId, row.Seq, "the event's content does not match its hash", hash, row.Hash);
            }
            if (seal is not null && row.Seq == seal.SealedSeq && (seal.SealedHash.Trim() != row.Hash || !seal.Holds(chain, row.InstanceId)))
            {
                return new AuditBreak(row.InstanceId, row.Seq, "the seal of the history written before the audit key does not hold", seal.SealedHash, row.Hash);
            }
            // The type column is not hashed; it must repeat the body's discriminator, which is.
            if (!row.Body.StartsWith("{\"$event\":\"" + row.Type + "\"", StringComparison.Ordinal))
            {
                return new AuditBreak(row.InstanceId, row.Seq, "the type column does not match the event's body", row.Type, "another type");
            }
            return null;
        }

        /// <summary>Checks the instance just walked against its row: same length, same head.</summary>
        public AuditBreak? Finish()
        {
            if (_last is not { } last)
            {
                return null;
            }
            if (last.HeadVersion is null || last.HeadHash is null)
            {
                return new AuditBreak(last.InstanceId, last.Seq, "events exist for an instance that has no row", "an instance row", "none");
            }
            if (last.HeadVersion != last.Seq)
            {
                return new AuditBreak(last.InstanceId, last.Seq + 1, "the history's length is not the instance's version",
                    $"{last.HeadVersion} events", $"{last.Seq} events");
            }
            if (last.HeadHash != last.Hash)
            {
                return new AuditBreak(last.InstanceId, last.Seq, "the instance's head hash is not its last event's hash", last.Hash, last.HeadHash);
            }
            return null;
        }
    }
}
