using System.Globalization;
using Dapper;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Messages;

/// <summary>
/// Dapper store of leave cover (<c>cw_deputies</c>, issue 12). Setting and clearing each commit with their casework
/// audit entry, so the trail shows who named whom for when, and who ended it.
/// </summary>
public sealed class DeputyStore(WorkflowDatabase database)
{
    private const string DateFormat = "yyyy-MM-dd";

    private readonly CaseworkTransactions _casework = new(database ?? throw new ArgumentNullException(nameof(database)));
    private readonly DeputySql _sql = DeputySql.For(database.Dialect);

    public Task AddAsync(DeputyRecord record, CaseworkAuditEntry audit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        return _casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters(new
            {
                id = record.Id, user_id = record.UserId, deputy_id = record.DeputyId, starts_on = Text(record.StartsOn), ends_on = Text(record.EndsOn),
                created_by = record.CreatedBy,
            });
            p.AddTime(_casework.Dialect, "now", record.CreatedAt);
            await c.ExecuteAsync(new CommandDefinition(_sql.Insert, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);
    }

    /// <summary>Clears <paramref name="userId"/>'s arrangement <paramref name="id"/>; false when it is not theirs or was cleared already.</summary>
    public Task<bool> ClearAsync(string userId, string id, string clearedBy, DateTimeOffset now, CaseworkAuditEntry audit,
        CancellationToken cancellationToken = default) =>
        _casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters(new { id, user_id = userId, cleared_by = clearedBy });
            p.AddTime(_casework.Dialect, "now", now);
            var changed = await c.ExecuteAsync(new CommandDefinition(_sql.Clear, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false) == 1;
            if (changed)
            {
                await _casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            }
            return changed;
        }, cancellationToken);

    /// <summary>What <paramref name="userId"/> arranged or covers, ending on or after <paramref name="from"/>, cleared ones too.</summary>
    public Task<IReadOnlyList<DeputyRecord>> ForUserAsync(string userId, DateOnly from, CancellationToken cancellationToken = default) =>
        QueryAsync(_sql.ForUser, new { user_id = userId, from = Text(from) }, cancellationToken);

    /// <summary>
    /// The open tasks (instance, task) with <paramref name="deputyId"/> among the candidates as a deputy (代理) whose cover
    /// has not ended at <paramref name="now"/>, named now or not: for ending a cover early.
    /// </summary>
    public async Task<IReadOnlyList<(string InstanceId, string TaskId)>> CoveredTasksAsync(string deputyId, DateTimeOffset now,
        CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var p = new DynamicParameters(new { deputy_id = deputyId });
        p.AddTime(database.Dialect, "now", now);
        var rows = await connection.QueryAsync<(string, string)>(new CommandDefinition(_sql.CoveredTasks, p,
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.ToList();
    }

    /// <summary>Every arrangement not cleared that ends on or after <paramref name="from"/>.</summary>
    public Task<IReadOnlyList<DeputyRecord>> CurrentAsync(DateOnly from, CancellationToken cancellationToken = default) =>
        QueryAsync(_sql.Current, new { from = Text(from) }, cancellationToken);

    private static string Text(DateOnly day) => day.ToString(DateFormat, CultureInfo.InvariantCulture);

    private static DateOnly Day(string text) => DateOnly.ParseExact(text, DateFormat, CultureInfo.InvariantCulture);

    private Task<IReadOnlyList<DeputyRecord>> QueryAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        _casework.ReadAsync<IReadOnlyList<DeputyRecord>>(async c =>
        {
            var rows = await c.QueryAsync<Row>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            var d = _casework.Dialect;
            return rows.Select(r => new DeputyRecord(r.Id, r.UserId, r.DeputyId, Day(r.StartsOn), Day(r.EndsOn), d.FromDbTime(r.CreatedAt), r.CreatedBy,
                r.ClearedAt is null or DBNull ? null : d.FromDbTime(r.ClearedAt), r.ClearedBy)).ToList();
        }, cancellationToken);

    private sealed class Row
    {
        public string Id { get; set; } = "";
        public string UserId { get; set; } = "";
        public string DeputyId { get; set; } = "";
        public string StartsOn { get; set; } = "";
        public string EndsOn { get; set; } = "";
        public object CreatedAt { get; set; } = 0L;
        public string CreatedBy { get; set; } = "";
        public object? ClearedAt { get; set; }
        public string? ClearedBy { get; set; }
    }
}
