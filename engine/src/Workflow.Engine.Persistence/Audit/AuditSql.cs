using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Audit;

/// <summary>
/// What the audit walk reads (the event chains with their heads, the casework chain) and the statements of the audit
/// key's check and seals (<see cref="AuditKeyGuard"/>).
/// </summary>
internal sealed class AuditSql
{
    private const string ChainedAuditSelectList = """
        id AS Id, at AS At, actor_id AS ActorId, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
            detail AS Detail, seq AS Seq, prev_hash AS PrevHash, hash AS Hash
        """;

    public AuditSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var events = dialect.QuoteIdentifier("wf_events");
        var instances = dialect.QuoteIdentifier("wf_instances");
        var caseworkAudit = dialect.QuoteIdentifier("cw_audit");
        var auditKey = dialect.QuoteIdentifier("wf_audit_key");
        var seals = dialect.QuoteIdentifier("wf_audit_seals");
        var eventsWithHeads = $"""
            SELECT e.instance_id AS InstanceId, e.seq AS Seq, e.type AS Type, e.body AS Body, e.prev_hash AS PrevHash, e.hash AS Hash,
                i.version AS HeadVersion, i.head_hash AS HeadHash
            FROM {events} e
            LEFT JOIN {instances} i ON i.id = e.instance_id
            """;
        AuditEvents = $"""
            {eventsWithHeads}
            ORDER BY e.instance_id, e.seq
            """;
        AuditInstanceEvents = $"""
            {eventsWithHeads}
            WHERE e.instance_id = {P("instance_id")}
            ORDER BY e.seq
            """;
        AuditHeadsWithoutEvents = $"""
            SELECT id AS InstanceId, version AS HeadVersion, head_hash AS HeadHash
            FROM {instances} i
            WHERE i.version > 0 AND NOT EXISTS (SELECT 1 FROM {events} e WHERE e.instance_id = i.id)
            """;
        CaseworkChain = $"""
            SELECT {ChainedAuditSelectList}
            FROM {caseworkAudit}
            WHERE seq IS NOT NULL AND seq <= {P("max")}
            ORDER BY seq
            """;
        LegacyCaseworkAudit = $"""
            SELECT {ChainedAuditSelectList}
            FROM {caseworkAudit}
            WHERE seq IS NULL
            ORDER BY at, id
            """;
        ReadAuditKeyCheck = $"SELECT key_check FROM {auditKey} WHERE id = 1";
        InsertAuditKeyCheck = $"INSERT INTO {auditKey} (id, key_check, created_at) VALUES (1, {P("check")}, {P("at")})";
        InstanceHeads = $"SELECT id, version, head_hash FROM {instances} WHERE version > 0";
        InsertAuditSeal = $"""
            INSERT INTO {seals} (chain, sealed_seq, sealed_hash, seal, sealed_at)
            VALUES ({P("chain")}, {P("seq")}, {P("hash")}, {P("seal")}, {P("at")})
            """;
        AuditSeals = $"SELECT chain AS Chain, sealed_seq AS SealedSeq, sealed_hash AS SealedHash, seal AS Seal FROM {seals}";
    }

    public static AuditSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new AuditSql(d));

    /// <summary>Every event with its instance's head, in chain order: what the audit walk reads.</summary>
    public string AuditEvents { get; }

    public string AuditInstanceEvents { get; }

    /// <summary>Instances that claim events but have none left: a history deleted whole.</summary>
    public string AuditHeadsWithoutEvents { get; }

    /// <summary>The casework audit's chain up to position <c>max</c> (the head read first), in order: what the audit walk reads.</summary>
    public string CaseworkChain { get; }

    /// <summary>The entries written before the casework audit was chained, in (time, id) order: sealed as one.</summary>
    public string LegacyCaseworkAudit { get; }

    public string ReadAuditKeyCheck { get; }

    public string InsertAuditKeyCheck { get; }

    /// <summary>Every instance with history: the chains a first keyed start seals.</summary>
    public string InstanceHeads { get; }

    public string InsertAuditSeal { get; }

    public string AuditSeals { get; }
}
