namespace Workflow.Engine.Persistence.Dialects;

/// <summary>Parked poison work (<c>wf_dead_letters</c>) and the claims it is taken out of and put back into.</summary>
public abstract partial class SqlDialect
{
    protected string DeadLetters => QuoteIdentifier("wf_dead_letters");

    public virtual string RenderInsertDeadLetterSql() => $"""
        INSERT INTO {DeadLetters} (id, kind, source_id, instance_id, reason, attempts, parked_at, retried_at)
        VALUES ({Parameter("id")}, {Parameter("kind")}, {Parameter("source_id")}, {Parameter("instance_id")}, {Parameter("reason")},
            {Parameter("attempts")}, {Parameter("parked_at")}, NULL)
        """;

    /// <summary>A parked timer stays in place but leased for ever, so no pump claims it again.</summary>
    public virtual string RenderLeaseTimerSql() => $"""
        UPDATE {Timers} SET lease_until = {Parameter("lease_until")}
        WHERE instance_id = {Parameter("instance_id")} AND timer_id = {Parameter("timer_id")}
        """;

    /// <summary>A parked message is marked sent (it never was); a retry clears the mark.</summary>
    public virtual string RenderSetOutboxSentSql() => $"""
        UPDATE {Outbox} SET sent_at = {Parameter("sent_at")}, lease_until = NULL
        WHERE id = {Parameter("id")}
        """;

    public virtual string RenderListDeadLettersSql() => $"""
        SELECT {Top(Parameter("max"))} id AS Id, kind AS Kind, source_id AS SourceId, instance_id AS InstanceId, reason AS Reason,
            attempts AS Attempts, parked_at AS ParkedAt, retried_at AS RetriedAt
        FROM {DeadLetters}
        WHERE retried_at IS NULL
        ORDER BY parked_at
        {Limit(Parameter("max"))}
        """;

    public virtual string RenderFindDeadLetterSql() => $"""
        SELECT id AS Id, kind AS Kind, source_id AS SourceId, instance_id AS InstanceId, reason AS Reason,
            attempts AS Attempts, parked_at AS ParkedAt, retried_at AS RetriedAt
        FROM {DeadLetters}
        WHERE id = {Parameter("id")} AND retried_at IS NULL
        """;

    public virtual string RenderMarkDeadLetterRetriedSql() => $"""
        UPDATE {DeadLetters} SET retried_at = {Parameter("retried_at")}
        WHERE id = {Parameter("id")} AND retried_at IS NULL
        """;

    public virtual string RenderCountDeadLettersSql() => $"SELECT COUNT(*) FROM {DeadLetters} WHERE retried_at IS NULL";
}
