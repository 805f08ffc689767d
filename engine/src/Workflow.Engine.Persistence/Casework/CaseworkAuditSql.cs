using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// The statements of the casework audit (<c>cw_audit</c>): appending to its one chain under the head row's lock, and the
/// reads of one subject's entries and of one actor's recent ones.
/// </summary>
internal sealed class CaseworkAuditSql
{
    public CaseworkAuditSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var caseworkAudit = dialect.QuoteIdentifier("cw_audit");
        var caseworkAuditHead = dialect.QuoteIdentifier("cw_audit_head");
        InsertAudit = $"""
            INSERT INTO {caseworkAudit} (id, at, actor_id, action, subject_type, subject_id, detail, seq, prev_hash, hash)
            VALUES ({P("id")}, {P("at")}, {P("actor_id")}, {P("action")}, {P("subject_type")},
                {P("subject_id")}, {P("detail")}, {P("seq")}, {P("prev_hash")}, {P("hash")})
            """;
        LockAuditHead = $"UPDATE {caseworkAuditHead} SET seq = seq WHERE id = 1";
        AdvanceAuditHead = $"UPDATE {caseworkAuditHead} SET seq = seq + 1 WHERE id = 1";
        ReadAuditHead = $"SELECT seq AS Seq, hash AS Hash FROM {caseworkAuditHead} WHERE id = 1";
        SetAuditHeadHash = $"UPDATE {caseworkAuditHead} SET hash = {P("hash")} WHERE id = 1";
        CountAuditByActor = $"""
            SELECT COUNT(*) FROM {caseworkAudit}
            WHERE actor_id = {P("actor_id")} AND action = {P("action")} AND at >= {P("since")}
            """;
        ListAudit = $"""
            SELECT id AS Id, at AS At, actor_id AS ActorId, action AS Action, subject_type AS SubjectType, subject_id AS SubjectId,
                detail AS Detail
            FROM {caseworkAudit}
            WHERE subject_type = {P("subject_type")} AND subject_id = {P("subject_id")}
            ORDER BY at, id
            """;
    }

    public static CaseworkAuditSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new CaseworkAuditSql(d));

    public string InsertAudit { get; }

    /// <summary>Locks the casework audit chain's head until the commit, changing nothing: the first statement of every casework write.</summary>
    public string LockAuditHead { get; }

    /// <summary>Takes the next position of the casework audit chain: the update locks the head until the commit.</summary>
    public string AdvanceAuditHead { get; }

    public string ReadAuditHead { get; }

    public string SetAuditHeadHash { get; }

    /// <summary>How many entries of one action one actor has written since a time (the reveal rate limit).</summary>
    public string CountAuditByActor { get; }

    public string ListAudit { get; }
}

