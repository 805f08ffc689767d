using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>The inbox queries. Each statement is written for one partial index; the plan tests hold them to it.</summary>
public sealed partial class DapperInstanceStore : IInboxQueries
{
    public Task<IReadOnlyList<TaskRow>> AssignedToAsync(string userId, int limit, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        AddText(p, "user_id", userId);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(_taskSql.AssignedTo, p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> ForPostAsync(string post, IReadOnlyList<string> divisionCodes, int limit, CancellationToken cancellationToken,
        CaseScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(divisionCodes);
        if (divisionCodes.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<TaskRow>>([]);
        }
        var p = PostParameters(post, divisionCodes);
        p.Add("limit", limit, DbType.Int32);
        var sql = scope is null ? _taskSql.ForPost(divisionCodes.Count) : _taskSql.ForPostIn(divisionCodes.Count, Scope(scope, p));
        return QueryTasksAsync(sql, p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> ForDepartmentAsync(string departmentCode, int limit, CancellationToken cancellationToken, CaseScope? scope = null)
    {
        var p = new DynamicParameters();
        AddText(p, "department_code", departmentCode);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(scope is null ? _taskSql.ForDepartment : _taskSql.ForDepartmentIn(Scope(scope, p)), p, cancellationToken);
    }

    public Task<IReadOnlyList<TaskRow>> OverdueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken, CaseScope? scope = null)
    {
        var p = new DynamicParameters();
        AddTime(p, "now", now);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(scope is null ? _taskSql.Overdue : _taskSql.OverdueIn(Scope(scope, p)), p, cancellationToken);
    }

    public async Task<int> CountForPostAsync(string post, IReadOnlyList<string> divisionCodes, CancellationToken cancellationToken, CaseScope? scope = null)
    {
        ArgumentNullException.ThrowIfNull(divisionCodes);
        if (divisionCodes.Count == 0)
        {
            return 0;
        }
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var p = PostParameters(post, divisionCodes);
        var sql = scope is null ? _taskSql.CountForPost(divisionCodes.Count) : _taskSql.CountForPostIn(divisionCodes.Count, Scope(scope, p));
        return await connection.ExecuteScalarAsync<int>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
    }

    public Task<IReadOnlyList<TaskRow>> ForUserAsync(string userId, UserInbox inbox, int limit, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        AddText(p, "user_id", userId);
        p.Add("limit", limit, DbType.Int32);
        return QueryTasksAsync(inbox == UserInbox.Copied ? _taskSql.CopiedToUser : _taskSql.ToDoForUser, p, cancellationToken);
    }

    public async Task<TaskRow?> FindAsync(string taskId, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        AddText(p, "task_id", taskId);
        return (await QueryTasksAsync(_taskSql.FindTask, p, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>The scope condition over the task row's instance, its parameters added to <paramref name="p"/>.</summary>
    private string Scope(CaseScope scope, DynamicParameters p) => _scopeSql.Condition(scope, "instance_id", p);

    /// <summary>The parameters a post query takes: the post and one per division, in the dialect's <c>IN</c> list.</summary>
    internal static DynamicParameters PostParameters(string post, IReadOnlyList<string> divisionCodes)
    {
        var p = new DynamicParameters();
        AddText(p, "post", post);
        for (var i = 0; i < divisionCodes.Count; i++)
        {
            AddText(p, Dialects.SqlDialect.ListParameter("division", i), divisionCodes[i]);
        }
        return p;
    }

    private async Task<IReadOnlyList<TaskRow>> QueryTasksAsync(string sql, DynamicParameters parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<TaskRecord>(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToTaskRow(_dialect)).ToList();
    }
}
