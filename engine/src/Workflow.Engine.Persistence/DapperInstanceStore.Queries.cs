using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Persistence;

/// <summary>The case read side: one instance's history, and pages of the cases and tasks in a scope.</summary>
public sealed partial class DapperInstanceStore : IInstanceQueries
{
    public async Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(_instanceSql.InstanceEvents, new { instance_id = instanceId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return bodies.Select(EventSerializer.Deserialize).ToList();
    }

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(CaseScope scope, int offset, int limit, CancellationToken cancellationToken)
    {
        var p = PageParameters(offset, limit);
        var sql = _instanceSql.ScopedInstances(_scopeSql.Condition(scope, "i.id", p));
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InstanceRecord>(new CommandDefinition(sql, p, cancellationToken: cancellationToken)).ConfigureAwait(false);
        return rows.Select(r => r.ToSummary(_dialect)).ToList();
    }

    public Task<IReadOnlyList<TaskRow>> TasksAsync(CaseScope scope, TaskQuery query, int offset, int limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var p = PageParameters(offset, limit);
        AddText(p, "post", query.Post);
        AddText(p, "division_prefix", query.DivisionCode is { } division ? (DivisionCode.From(division)?.Prefix ?? division) + "%" : null);
        AddText(p, "department_code", query.DepartmentCode);
        AddText(p, "actor_id", query.DecidedBy);
        var status = query.Open switch
        {
            true => "AND status = 'Open'",
            false => "AND status <> 'Open'",
            null => "",
        };
        return QueryTasksAsync(_taskSql.ScopedTasks(_scopeSql.Condition(scope, "t.instance_id", p), status, query.NewestFirst), p, cancellationToken);
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
