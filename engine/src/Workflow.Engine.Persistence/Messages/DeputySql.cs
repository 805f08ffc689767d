using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;

namespace Workflow.Engine.Persistence.Messages;

/// <summary>The statements of leave cover (<c>cw_deputies</c>, migration 0018). Dates are <c>yyyy-MM-dd</c> text, compared as text.</summary>
internal sealed class DeputySql
{
    private const string SelectList = """
        id AS Id, user_id AS UserId, deputy_id AS DeputyId, starts_on AS StartsOn, ends_on AS EndsOn, created_at AS CreatedAt,
            created_by AS CreatedBy, cleared_at AS ClearedAt, cleared_by AS ClearedBy
        """;

    public DeputySql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var deputies = dialect.QuoteIdentifier("cw_deputies");
        Insert = $"""
            INSERT INTO {deputies} (id, user_id, deputy_id, starts_on, ends_on, created_at, created_by, cleared_at, cleared_by)
            VALUES ({P("id")}, {P("user_id")}, {P("deputy_id")}, {P("starts_on")}, {P("ends_on")}, {P("now")}, {P("created_by")}, NULL, NULL)
            """;
        Clear = $"""
            UPDATE {deputies} SET cleared_at = {P("now")}, cleared_by = {P("cleared_by")}
            WHERE id = {P("id")} AND user_id = {P("user_id")} AND cleared_at IS NULL
            """;
        ForUser = $"""
            SELECT {SelectList} FROM {deputies}
            WHERE (user_id = {P("user_id")} OR deputy_id = {P("user_id")}) AND ends_on >= {P("from")}
            ORDER BY starts_on, id
            """;
        var taskUsers = dialect.QuoteIdentifier("wf_task_users");
        var tasks = dialect.QuoteIdentifier("wf_tasks");
        CoveredTasks = $"""
            SELECT t.instance_id AS InstanceId, t.task_id AS TaskId
            FROM {taskUsers} u
            JOIN {tasks} t ON t.task_id = u.task_id
            WHERE u.user_id = {P("deputy_id")} AND u.role = '{TaskUsers.Cover}' AND (u.until_at IS NULL OR u.until_at > {P("now")})
                AND t.status = 'Open'
            ORDER BY t.instance_id, t.task_id
            """;
        Current = $"""
            SELECT {SelectList} FROM {deputies}
            WHERE cleared_at IS NULL AND ends_on >= {P("from")}
            ORDER BY starts_on, id
            """;
    }

    public static DeputySql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new DeputySql(d));

    public string Insert { get; }

    /// <summary>Clears an arrangement of its own user once; a second clear changes nothing.</summary>
    public string Clear { get; }

    /// <summary>The arrangements a user made or covers that have not ended before <c>from</c>, cleared ones included.</summary>
    public string ForUser { get; }

    /// <summary>Every arrangement in force now or later: the snapshot the task resolver keeps (<c>ix_cw_deputies_active</c>).</summary>
    public string Current { get; }

    /// <summary>
    /// The open tasks where the deputy is among the candidates as a cover that has not ended at <c>now</c>, named now or
    /// not (a signer not yet due, a task someone else holds): their <see cref="TaskUsers.Cover"/> rows.
    /// </summary>
    public string CoveredTasks { get; }
}
