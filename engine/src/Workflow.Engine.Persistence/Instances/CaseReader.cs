using System.Data;
using Dapper;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>The case read side (<see cref="IInstanceQueries"/>): one instance's history, a request key's stored result, and pages of the cases and tasks in a scope.</summary>
internal sealed class CaseReader(WorkflowDatabase database)
{
    private readonly InstanceSql _instances = InstanceSql.For(database.Dialect);
    private readonly TaskSql _tasks = TaskSql.For(database.Dialect);
    private readonly CaseScopeSql _scope = CaseScopeSql.For(database.Dialect);
    private readonly CaseSearchSql _search = CaseSearchSql.For(database.Dialect);

    public async Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(_instances.InstanceEvents, new { instance_id = instanceId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return bodies.Select(EventSerializer.Deserialize).ToList();
    }

    public async ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = (await connection.QueryAsync<ResultRecord>(new CommandDefinition(_instances.FindResult, new { request_key = requestKey },
            cancellationToken: cancellationToken)).ConfigureAwait(false)).AsList();
        if (rows.Count == 0)
        {
            return null;
        }
        var events = rows.Where(r => r.Body is not null).Select(r => EventSerializer.Deserialize(r.Body!)).ToList();
        return new StoredResult(requestKey, rows[0].InstanceId, events) { CommandType = rows[0].CommandType };
    }

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(CaseScope scope, int offset, int limit, CancellationToken cancellationToken)
    {
        var p = PageParameters(offset, limit);
        var sql = _instances.ScopedInstances(_scope.Condition(scope, "i.id", p));
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InstanceRecord>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSummary(database.Dialect)).ToList();
    }

    public async Task<ListPage<InstanceSummary>> SearchAsync(CaseScope scope, CaseSearch search, int offset, int limit, CancellationToken cancellationToken)
    {
        var p = PageParameters(offset, limit);
        var where = _search.SearchCondition(_scope.Condition(scope, "i.id", p), search, p);
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InstanceRecord>(new CommandDefinition(_search.Page(where), p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var total = await connection.ExecuteScalarAsync<long>(new CommandDefinition(_search.Count(where), p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return new ListPage<InstanceSummary>(rows.Select(r => r.ToSummary(database.Dialect)).ToList(), checked((int)total));
    }

    public Task<IReadOnlyList<TaskRow>> TasksAsync(CaseScope scope, TaskQuery query, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var p = PageParameters(offset, limit);
        p.AddText("post", query.Post);
        p.AddText("division_prefix", query.DivisionCode is { } division ? (DivisionCode.From(division)?.Prefix ?? division) + "%" : null);
        p.AddText("department_code", query.DepartmentCode);
        p.AddText("actor_id", query.DecidedBy);
        var sql = _tasks.ScopedTasks(_scope.Condition(scope, "t.instance_id", p), TaskSql.StatusFilter(query.Open), query.NewestFirst);
        return InboxReader.QueryTasksAsync(database, sql, p, cancellationToken);
    }

    private static DynamicParameters PageParameters(int offset, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var p = new DynamicParameters();
        p.Add("offset", offset, DbType.Int32);
        p.Add("limit", limit, DbType.Int32);
        return p;
    }
}
