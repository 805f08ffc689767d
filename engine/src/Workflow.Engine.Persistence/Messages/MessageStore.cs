using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Messages;

/// <summary>
/// Dapper store of the message centre (<c>cw_messages</c>, issue 12). A notice is written once per recipient: the
/// unique (message key, user) makes a redelivery, even on two hosts at once, write nothing. Every read and change is
/// for one user, who sees only their own messages.
/// </summary>
public sealed class MessageStore(WorkflowDatabase database)
{
    private readonly WorkflowDatabase _database = database ?? throw new ArgumentNullException(nameof(database));
    private readonly MessageSql _sql = MessageSql.For(database.Dialect);

    private SqlDialect Dialect => _database.Dialect;

    /// <summary>
    /// Writes one notice for each of <paramref name="userIds"/> (its id made from the key and the user); how many rows
    /// were new. <paramref name="notice"/>'s id and user are ignored.
    /// </summary>
    public async Task<int> AddAsync(MessageRecord notice, IReadOnlyList<string> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        ArgumentNullException.ThrowIfNull(userIds);
        var users = userIds.Distinct(StringComparer.Ordinal).ToList();
        if (users.Count == 0)
        {
            return 0;
        }
        var p = new DynamicParameters(new
        {
            message_key = notice.MessageKey, kind = notice.Kind, title = notice.Title, body = notice.Body, instance_id = notice.InstanceId,
            task_id = notice.TaskId, application_id = notice.ApplicationId,
        });
        p.AddTime(Dialect, "created_at", notice.CreatedAt);
        p.AddTime(Dialect, "read_at", null);
        for (var i = 0; i < users.Count; i++)
        {
            p.Add(SqlDialect.RowParameter("m_id", i), IdOf(notice.MessageKey, users[i]), DbType.String);
            p.Add(SqlDialect.RowParameter("m_user_id", i), users[i], DbType.String);
        }
        try
        {
            return await _database.InTransactionAsync((c, t) =>
                c.ExecuteAsync(new CommandDefinition(_sql.Insert(users.Count), p, t, cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (Exception e) when (Dialect.IsUniqueViolation(e))
        {
            // Another host wrote the same notice at the same moment: its rows are the ones.
            return 0;
        }
    }

    /// <summary>The message's id: the same for the same notice and user, so a redelivery can never add a second row.</summary>
    public static string IdOf(string messageKey, string userId)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(messageKey + "\n" + userId));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    /// <summary>Page <paramref name="page"/> (from 1) of <paramref name="userId"/>'s messages, newest first.</summary>
    public Task<MessagePage> PageAsync(string userId, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        return ReadAsync(async c =>
        {
            var p = new DynamicParameters(new { user_id = userId });
            p.Add("offset", (page - 1) * pageSize, DbType.Int32);
            p.Add("limit", pageSize, DbType.Int32);
            var rows = await c.QueryAsync<Row>(new CommandDefinition(_sql.Page, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var total = await c.ExecuteScalarAsync<int>(new CommandDefinition(_sql.CountAll, new { user_id = userId }, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            var unread = await c.ExecuteScalarAsync<int>(new CommandDefinition(_sql.CountUnread, new { user_id = userId }, cancellationToken: cancellationToken))
                .ConfigureAwait(false);
            return new MessagePage(rows.Select(ToRecord).ToList(), total, unread);
        }, cancellationToken);
    }

    /// <summary>The message, when <paramref name="userId"/> is its recipient.</summary>
    public Task<MessageRecord?> GetAsync(string userId, string id, CancellationToken cancellationToken = default) =>
        ReadAsync(async c => (await c.QueryAsync<Row>(new CommandDefinition(_sql.Get, new { id, user_id = userId }, cancellationToken: cancellationToken))
            .ConfigureAwait(false)).Select(ToRecord).SingleOrDefault(), cancellationToken);

    /// <summary>The header's badge: one COUNT over the unread index.</summary>
    public Task<int> CountUnreadAsync(string userId, CancellationToken cancellationToken = default) =>
        ReadAsync(c => c.ExecuteScalarAsync<int>(new CommandDefinition(_sql.CountUnread, new { user_id = userId }, cancellationToken: cancellationToken)),
            cancellationToken);

    /// <summary>Marks the message read; false when it is not the user's, or was read already.</summary>
    public async Task<bool> MarkReadAsync(string userId, string id, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters(new { id, user_id = userId });
        p.AddTime(Dialect, "now", now);
        return await WriteAsync(_sql.MarkRead, p, cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <summary>Marks every unread message of the user read; how many were.</summary>
    public Task<int> MarkAllReadAsync(string userId, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var p = new DynamicParameters(new { user_id = userId });
        p.AddTime(Dialect, "now", now);
        return WriteAsync(_sql.MarkAllRead, p, cancellationToken);
    }

    private Task<int> WriteAsync(string sql, DynamicParameters p, CancellationToken cancellationToken) =>
        _database.InTransactionAsync((c, t) => c.ExecuteAsync(new CommandDefinition(sql, p, t, cancellationToken: cancellationToken)), cancellationToken);

    private async Task<T> ReadAsync<T>(Func<System.Data.Common.DbConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        return await work(connection).ConfigureAwait(false);
    }

    private MessageRecord ToRecord(Row r) => new(r.Id, r.MessageKey, r.UserId, r.Kind, r.Title, r.Body, r.InstanceId, r.TaskId, r.ApplicationId,
        Dialect.FromDbTime(r.CreatedAt), r.ReadAt is null or DBNull ? null : Dialect.FromDbTime(r.ReadAt));

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string MessageKey { get; set; } = "";
        public string UserId { get; set; } = "";
        public string Kind { get; set; } = "";
        public string Title { get; set; } = "";
        public string Body { get; set; } = "";
        public string? InstanceId { get; set; }
        public string? TaskId { get; set; }
        public string? ApplicationId { get; set; }
        public object CreatedAt { get; set; } = 0L;
        public object? ReadAt { get; set; }
    }
}
