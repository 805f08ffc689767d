using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The statements of <c>wf_outbox</c>: the rows a commit adds, the relay's claim (a lease, as for timers), marking rows
/// sent, and the age of the oldest unsent row.
/// </summary>
internal sealed class OutboxSql
{
    public const string OutboxPrefix = "ob_";

    public static readonly IReadOnlyList<string> OutboxColumns = ["message_id", "instance_id", "message_type", "destination", "body", "created_at"];

    private static readonly Dictionary<string, string> NoShared = [];

    private readonly SizedStatements _insertOutbox;
    private readonly SizedStatements _markSent;

    public OutboxSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var outbox = dialect.QuoteIdentifier("wf_outbox");
        _insertOutbox = new(rows => dialect.InsertIfAbsent(outbox, OutboxColumns, dialect.ValuesRows(OutboxPrefix, OutboxColumns, NoShared, rows), ["message_id"]));
        _markSent = new(ids => $"""
            UPDATE {outbox}
            SET sent_at = {P("sent_at")}, lease_until = NULL
            WHERE id IN {dialect.InList("id", ids)}
            """);
        ClaimOutbox = dialect.Claim(outbox, ["id"], $"sent_at IS NULL AND (lease_until IS NULL OR lease_until <= {P("now")})", "id", P("max"),
            "lease_until", P("lease_until"),
            [
                ("id", "Id"), ("message_id", "MessageId"), ("instance_id", "InstanceId"), ("message_type", "MessageType"),
                ("destination", "Destination"), ("body", "Body"), ("created_at", "CreatedAt"),
            ]);
        OldestUnsent = $"""
            SELECT {dialect.Top("1")} created_at
            FROM {outbox}
            WHERE sent_at IS NULL
            ORDER BY id
            {dialect.Limit("1")}
            """;
    }

    public static OutboxSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new OutboxSql(d));

    public string ClaimOutbox { get; }

    /// <summary>The creation time of the oldest unsent row, read along the partial index of unsent rows.</summary>
    public string OldestUnsent { get; }

    /// <summary>Adds outbox rows; a message id seen before is dropped (it is the same message).</summary>
    public string InsertOutbox(int rows) => _insertOutbox[rows];

    public string MarkSent(int ids) => _markSent[ids];
}
