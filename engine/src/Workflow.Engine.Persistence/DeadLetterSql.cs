using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>Parked poison work (<c>wf_dead_letters</c>) and the claims it is taken out of and put back into.</summary>
internal sealed class DeadLetterSql
{
    private const string SelectList = """
        id AS Id, kind AS Kind, source_id AS SourceId, instance_id AS InstanceId, reason AS Reason,
            attempts AS Attempts, parked_at AS ParkedAt, retried_at AS RetriedAt
        """;

    public DeadLetterSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var deadLetters = dialect.QuoteIdentifier("wf_dead_letters");
        InsertDeadLetter = $"""
            INSERT INTO {deadLetters} (id, kind, source_id, instance_id, reason, attempts, parked_at, retried_at)
            VALUES ({P("id")}, {P("kind")}, {P("source_id")}, {P("instance_id")}, {P("reason")},
                {P("attempts")}, {P("parked_at")}, NULL)
            """;
        LeaseTimer = $"""
            UPDATE {dialect.QuoteIdentifier("wf_timers")} SET lease_until = {P("lease_until")}
            WHERE instance_id = {P("instance_id")} AND timer_id = {P("timer_id")}
            """;
        SetOutboxSent = $"""
            UPDATE {dialect.QuoteIdentifier("wf_outbox")} SET sent_at = {P("sent_at")}, lease_until = NULL
            WHERE id = {P("id")}
            """;
        ListDeadLetters = $"""
            SELECT {dialect.Top(P("max"))} {SelectList}
            FROM {deadLetters}
            WHERE retried_at IS NULL
            ORDER BY parked_at
            {dialect.Limit(P("max"))}
            """;
        FindDeadLetter = $"""
            SELECT {SelectList}
            FROM {deadLetters}
            WHERE id = {P("id")} AND retried_at IS NULL
            """;
        MarkDeadLetterRetried = $"""
            UPDATE {deadLetters} SET retried_at = {P("retried_at")}
            WHERE id = {P("id")} AND retried_at IS NULL
            """;
        CountDeadLetters = $"SELECT COUNT(*) FROM {deadLetters} WHERE retried_at IS NULL";
    }

    public static DeadLetterSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new DeadLetterSql(d));

    public string InsertDeadLetter { get; }

    /// <summary>A parked timer stays in place but leased for ever, so no pump claims it again.</summary>
    public string LeaseTimer { get; }

    /// <summary>A parked message is marked sent (it never was); a retry clears the mark.</summary>
    public string SetOutboxSent { get; }

    public string ListDeadLetters { get; }

    public string FindDeadLetter { get; }

    public string MarkDeadLetterRetried { get; }

    public string CountDeadLetters { get; }
}
