using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>The inbox queries (<see cref="IInboxQueries"/>): the inbox search, a user's task-user rows and one task by id.</summary>
internal sealed class InboxReader(WorkflowDatabase database)
{
    private readonly TaskSql _sql = TaskSql.For(database.Dialect);
    private readonly CaseScopeSql _scope = CaseScopeSql.For(database.Dialect);
    private readonly InboxSearchSql _search = InboxSearchSql.For(database.Dialect);
    private readonly CaseSearchSql _cases = CaseSearchSql.For(database.Dialect);

    public Task<IReadOnlyList<TaskRow>> ForUserAsync(string userId, UserInbox inbox, int limit, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        p.AddText("user_id", userId);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(database, inbox == UserInbox.Copied ? _sql.CopiedToUser : _sql.ToDoForUser, p, cancellationToken);
    }

    public async Task<ListPage<TaskRow>> SearchAsync(InboxSearch search, CaseScope scope, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var p = new DynamicParameters();
        p.Add("offset", offset, DbType.Int32);
        p.Add("limit", limit, DbType.Int32);
        var caseFilter = search.Case with { Statuses = null };
        var where = _cases.SearchCondition(_search.BoxCondition(search, p) + "\n    AND " + Scope(scope, p, "t.instance_id"), caseFilter, p, taskAlias: "t");
        var rows = await QueryTasksAsync(database, _search.PageOf(search.Box, where), p, cancellationToken).ConfigureAwait(false);
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_search.Count(where), p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ListPage<TaskRow>(rows, checked((int)total));
    }

    public async Task<TaskRow?> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        p.AddText("task_id", taskId);
        return (await QueryTasksAsync(database, _sql.FindTask, p, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>Task rows as the inbox and the case lists read them.</summary>
    public static async Task<IReadOnlyList<TaskRow>> QueryTasksAsync(WorkflowDatabase database, string sql, DynamicParameters parameters,
        CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TaskRecord>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToTaskRow(database.Dialect)).ToList();
    }

    /// <summary>The scope condition over the task row's instance, its parameters added to <paramref name="p"/>.</summary>
    private string Scope(CaseScope scope, DynamicParameters p, string instanceId = "instance_id") => _scope.Condition(scope, instanceId, p);
}
