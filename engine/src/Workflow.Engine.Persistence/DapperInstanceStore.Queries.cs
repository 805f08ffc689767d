using System.Data;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Persistence;

/// <summary>The case read side: one instance's history, and the newest cases first.</summary>
public sealed partial class DapperInstanceStore : IInstanceQueries
{
    public async Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var bodies = await connection.QueryAsync<string>(new CommandDefinition(_sql.InstanceEvents, new { instance_id = instanceId },
            cancellationToken: cancellationToken)).ConfigureAwait(false);
        return bodies.Select(EventSerializer.Deserialize).ToList();
    }

    public async Task<IReadOnlyList<InstanceSummary>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        p.Add("limit", limit, DbType.Int32);
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        var rows = await connection.QueryAsync<InstanceRecord>(new CommandDefinition(_sql.ListInstances, p, cancellationToken: cancellationToken))
            .ConfigureAwait(false);
        return rows.Select(r => r.ToSummary(_dialect)).ToList();
    }
}
