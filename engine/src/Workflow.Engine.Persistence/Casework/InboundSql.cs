using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of messages from other systems (<c>cw_inbound_messages</c>).</summary>
internal sealed class InboundSql
{
    private const string SelectList = """
        id AS Id, kind AS Kind, sender AS Sender, sender_id AS SenderId, division_code AS DivisionCode, person_key AS PersonKey,
            body AS Body, status AS Status, reason AS Reason, route AS Route, instance_id AS InstanceId, received_at AS ReceivedAt,
            updated_at AS UpdatedAt, replied_at AS RepliedAt
        """;

    public InboundSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var messages = dialect.QuoteIdentifier("cw_inbound_messages");
        Insert = $"""
            INSERT INTO {messages} (id, kind, sender, sender_id, division_code, person_key, body, status, reason, route, instance_id,
                received_at, updated_at, replied_at, ticket_number)
            VALUES ({P("id")}, {P("kind")}, {P("sender")}, {P("sender_id")}, {P("division_code")}, {P("person_key")}, {P("body")},
                {P("status")}, {P("reason")}, NULL, NULL, {P("now")}, {P("now")}, NULL, {P("ticket_number")})
            """;
        GetById = $"""
            SELECT {SelectList} FROM {messages} WHERE id = {P("id")}
            """;
        GetBySender = $"""
            SELECT {SelectList} FROM {messages} WHERE sender = {P("sender")} AND sender_id = {P("sender_id")}
            """;
        GetByTicket = $"""
            SELECT {SelectList} FROM {messages} WHERE sender = {P("sender")} AND ticket_number = {P("ticket_number")}
            """;
        GetByInstance = $"""
            SELECT {SelectList} FROM {messages} WHERE instance_id = {P("instance_id")} AND kind = {P("kind")}
            """;
        List = $"""
            SELECT {dialect.Top(P("limit"))} {SelectList}
            FROM {messages}
            WHERE status = {P("status")}
            ORDER BY received_at DESC
            {dialect.Limit(P("limit"))}
            """;
        Settle = $"""
            UPDATE {messages}
            SET status = {P("status")}, reason = {P("reason")}, route = {P("route")}, instance_id = {P("instance_id")},
                division_code = {P("division_code")}, person_key = {P("person_key")}, updated_at = {P("now")}
            WHERE id = {P("id")} AND status = {P("expected")}
            """;
        ClaimReply = $"""
            UPDATE {messages} SET replied_at = {P("now")} WHERE id = {P("id")} AND replied_at IS NULL
            """;
        ReleaseReply = $"""
            UPDATE {messages} SET replied_at = NULL WHERE id = {P("id")} AND replied_at IS NOT NULL
            """;
    }

    public static InboundSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new InboundSql(d));

    public string Insert { get; }

    public string GetById { get; }

    public string GetBySender { get; }

    /// <summary>The first message of a (sender, ticket number): uses <c>ux_cw_inbound_ticket</c>.</summary>
    public string GetByTicket { get; }

    public string GetByInstance { get; }

    /// <summary>The newest messages of one status: uses <c>ix_cw_inbound_status</c>.</summary>
    public string List { get; }

    /// <summary>Moves a message on from the status the caller read, so two hosts never settle it twice.</summary>
    public string Settle { get; }

    /// <summary>Claims the one reply of a ticket: only the first claim changes the row.</summary>
    public string ClaimReply { get; }

    public string ReleaseReply { get; }
}
