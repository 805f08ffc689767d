namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The statements of the audit key's check and seals (<c>AuditKeyGuard</c>) and of the one-time fill of the list-scope
/// columns (<c>ScopeBackfill</c>).
/// </summary>
public abstract partial class SqlDialect
{
    protected string AuditKeyTable => QuoteIdentifier("wf_audit_key");

    protected string AuditSeals => QuoteIdentifier("wf_audit_seals");

    public virtual string RenderReadAuditKeyCheckSql() => $"SELECT key_check FROM {AuditKeyTable} WHERE id = 1";

    public virtual string RenderInsertAuditKeyCheckSql() =>
        $"INSERT INTO {AuditKeyTable} (id, key_check, created_at) VALUES (1, {Parameter("check")}, {Parameter("at")})";

    /// <summary>Every instance with history: the chains a first keyed start seals.</summary>
    public virtual string RenderInstanceHeadsSql() => $"SELECT id, version, head_hash FROM {Instances} WHERE version > 0";

    public virtual string RenderInsertAuditSealSql() => $"""
        INSERT INTO {AuditSeals} (chain, sealed_seq, sealed_hash, seal, sealed_at)
        VALUES ({Parameter("chain")}, {Parameter("seq")}, {Parameter("hash")}, {Parameter("seal")}, {Parameter("at")})
        """;

    public virtual string RenderAuditSealsSql() =>
        $"SELECT chain AS Chain, sealed_seq AS SealedSeq, sealed_hash AS SealedHash, seal AS Seal FROM {AuditSeals}";

    /// <summary>A batch of instances whose child-protection mark is not known yet.</summary>
    public virtual string RenderUnmarkedInstancesSql() => $"""
        SELECT {Top(Parameter("limit"))} id, snapshot FROM {Instances} WHERE restricted IS NULL ORDER BY id
        {Limit(Parameter("limit"))}
        """;

    public virtual string RenderMarkInstanceSql() =>
        $"UPDATE {Instances} SET restricted = {Parameter("restricted")} WHERE id = {Parameter("id")} AND restricted IS NULL";

    /// <summary>An application is restricted when one of its sub-cases is.</summary>
    public virtual string RenderMarkApplicationsSql() => $"""
        UPDATE {Applications} SET restricted = CASE WHEN EXISTS (SELECT 1 FROM {ApplicationItems} ai
            JOIN {Instances} i ON i.id = ai.instance_id WHERE ai.application_id = {Applications}.id AND i.restricted = 1) THEN 1 ELSE 0 END
        WHERE restricted IS NULL
        """;

    public virtual string RenderFillCaseDivisionsSql() => $"""
        UPDATE {ApplicationItems} SET case_division = (SELECT i.division_code FROM {Instances} i WHERE i.id = {ApplicationItems}.instance_id)
        WHERE case_division IS NULL AND instance_id IS NOT NULL
        """;
}
