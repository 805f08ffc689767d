namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// Claims of due timers and unsent outbox rows. A claim sets a lease on the rows it takes, so that no other host takes
/// them until the lease runs out; <see cref="ClaimLockClause"/> keeps two hosts from taking the same row at once.
/// </summary>
public abstract partial class SqlDialect
{
    public virtual string RenderClaimTimersSql() => $"""
        UPDATE {Timers}
        SET lease_until = {Parameter("lease_until")}
        WHERE (instance_id, timer_id) IN (
            SELECT instance_id, timer_id
            FROM {Timers}
            WHERE due_at <= {Parameter("now")} AND (lease_until IS NULL OR lease_until <= {Parameter("now")})
            ORDER BY due_at
            {Limit(Parameter("max"))}
            {ClaimLockClause})
        RETURNING instance_id AS InstanceId, timer_id AS TimerId, due_at AS DueAt
        """;

    public virtual string RenderClaimOutboxSql() => $"""
        UPDATE {Outbox}
        SET lease_until = {Parameter("lease_until")}
        WHERE id IN (
            SELECT id
            FROM {Outbox}
            WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until <= {Parameter("now")})
            ORDER BY id
            {Limit(Parameter("max"))}
            {ClaimLockClause})
        RETURNING id AS Id, message_id AS MessageId, instance_id AS InstanceId, message_type AS MessageType,
            destination AS Destination, body AS Body, created_at AS CreatedAt
        """;

    public virtual string RenderMarkSentSql(int ids) => $"""
        UPDATE {Outbox}
        SET sent_at = {Parameter("sent_at")}, lease_until = NULL
        WHERE id IN {InList("id", ids)}
        """;

    /// <summary>The creation time of the oldest unsent row, read along the partial index of unsent rows.</summary>
    public virtual string RenderOldestUnsentSql() => $"""
        SELECT {Top("1")} created_at
        FROM {Outbox}
        WHERE sent_at IS NULL
        ORDER BY id
        {Limit("1")}
        """;
}
