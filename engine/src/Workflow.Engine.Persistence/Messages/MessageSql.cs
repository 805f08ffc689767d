using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Messages;

/// <summary>The statements of the message centre (<c>cw_messages</c>, migration 0017).</summary>
internal sealed class MessageSql
{
    private static readonly string[] Columns =
        ["id", "message_key", "user_id", "kind", "title", "body", "instance_id", "task_id", "application_id", "created_at", "read_at"];

    private const string SelectList = """
        id AS Id, message_key AS MessageKey, user_id AS UserId, kind AS Kind, title AS Title, body AS Body, instance_id AS InstanceId,
            task_id AS TaskId, application_id AS ApplicationId, created_at AS CreatedAt, read_at AS ReadAt
        """;

    private readonly SqlDialect _dialect;
    private readonly string _messages;

    public MessageSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        _dialect = dialect;
        string P(string name) => dialect.Parameter(name);
        _messages = dialect.QuoteIdentifier("cw_messages");
        Page = $"""
            SELECT {SelectList}
            FROM {_messages}
            WHERE user_id = {P("user_id")}
            ORDER BY created_at DESC, id DESC
            {dialect.Page(P("offset"), P("limit"))}
            """;
        Get = $"""
            SELECT {SelectList} FROM {_messages} WHERE id = {P("id")} AND user_id = {P("user_id")}
            """;
        CountAll = $"""
            SELECT COUNT(*) FROM {_messages} WHERE user_id = {P("user_id")}
            """;
        CountUnread = $"""
            SELECT COUNT(*) FROM {_messages} WHERE user_id = {P("user_id")} AND read_at IS NULL
            """;
        MarkRead = $"""
            UPDATE {_messages} SET read_at = {P("now")} WHERE id = {P("id")} AND user_id = {P("user_id")} AND read_at IS NULL
            """;
        MarkAllRead = $"""
            UPDATE {_messages} SET read_at = {P("now")} WHERE user_id = {P("user_id")} AND read_at IS NULL
            """;
    }

    public static MessageSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new MessageSql(d));

    /// <summary>One page of a user's messages, newest first: uses <c>ix_cw_messages_user</c>.</summary>
    public string Page { get; }

    /// <summary>A message, only for its recipient.</summary>
    public string Get { get; }

    public string CountAll { get; }

    /// <summary>The header's badge: uses the partial index <c>ix_cw_messages_unread</c>.</summary>
    public string CountUnread { get; }

    public string MarkRead { get; }

    public string MarkAllRead { get; }

    /// <summary>
    /// Writes <paramref name="rows"/> recipients of one notice, skipping each (message key, user) already there, so a
    /// redelivered notice writes nothing.
    /// </summary>
    public string Insert(int rows) => _dialect.InsertIfAbsent(_messages, Columns,
        _dialect.ValuesRows("m_", Columns, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["message_key"] = "message_key", ["kind"] = "kind", ["title"] = "title", ["body"] = "body", ["instance_id"] = "instance_id",
            ["task_id"] = "task_id", ["application_id"] = "application_id", ["created_at"] = "created_at", ["read_at"] = "read_at",
        }, rows), ["message_key", "user_id"]);
}
