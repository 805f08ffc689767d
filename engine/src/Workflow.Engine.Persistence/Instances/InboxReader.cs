using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>The inbox queries (<see cref="IInboxQueries"/>). Each statement is written for one partial index; the plan tests hold them to it.</summary>
internal sealed class InboxReader(WorkflowDatabase database)
{
    private readonly SqlDialect _dialect = database.Dialect;
    private readonly TaskSql _sql = TaskSql.For(database.Dialect);
    private readonly CaseScopeSql _scope = CaseScopeSql.For(database.Dialect);
    private readonly InboxSearchSql _search = InboxSearchSql.For(database.Dialect);
    private readonly CaseSearchSql _cases = CaseSearchSql.For(database.Dialect);

    public Task<IReadOnlyList<TaskRow>> AssignedToAsync(string userId, int limit, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        p.AddText("user_id", userId);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(database, _sql.AssignedTo, p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> ForPostAsync(string post, IReadOnlyList<string> divisionCodes, int limit, CancellationToken cancellationToken,
        CaseScope? scope)
    {
        ArgumentNullException.ThrowIfNull(divisionCodes);
        if (divisionCodes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<TaskRow>>([]);
        }
        var p = PostParameters(post, divisionCodes);
        p.Add("limit", limit, DbType.Int32);
        var sql = scope is null ? _sql.ForPost(divisionCodes.Count) : _sql.ForPostIn(divisionCodes.Count, Scope(scope, p));
        return QueryTasksAsync(database, sql, p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> ForDepartmentAsync(string departmentCode, int limit, CancellationToken cancellationToken, CaseScope? scope)
    {
        var p = new DynamicParameters();
        p.AddText("department_code", departmentCode);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(database, scope is null ? _sql.ForDepartment : _sql.ForDepartmentIn(Scope(scope, p)), p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> OverdueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken, CaseScope? scope)
    {
        var p = new DynamicParameters();
        p.AddTime(_dialect, "now", now);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(database, scope is null ? _sql.Overdue : _sql.OverdueIn(Scope(scope, p)), p, cancellationToken);
    }

    public async Task<int> CountForPostAsync(string post, IReadOnlyList<string> divisionCodes, CancellationToken cancellationToken, CaseScope? scope)
    {
        ArgumentNullException.ThrowIfNull(divisionCodes);
        if (divisionCodes.Count == 0)
        {
            return 0;
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var p = PostParameters(post, divisionCodes);
        var sql = scope is null ? _sql.CountForPost(divisionCodes.Count) : _sql.CountForPostIn(divisionCodes.Count, Scope(scope, p));
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

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

    /// <summary>The parameters a post query takes: the post and one per division, in the dialect's <c>IN</c> list.</summary>
    public static DynamicParameters PostParameters(string post, IReadOnlyList<string> divisionCodes)
    {
        var p = new DynamicParameters();
        p.AddText("post", post);
        for (var i = 0; i < divisionCodes.Count; i++)
        {
            p.AddText(SqlDialect.ListParameter("division", i), divisionCodes[i]);
        }
        return p;
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
