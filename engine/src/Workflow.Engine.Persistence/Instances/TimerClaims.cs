using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>
/// Claims due timer rows (<see cref="ITimerStore"/>) with a lease, so that one host fires each; the lease survives
/// unrelated commits on the instance, because the commit rewrites only timer rows that changed.
/// </summary>
internal sealed class TimerClaims(WorkflowDatabase database)
{
    private readonly TimerSql _sql = TimerSql.For(database.Dialect);

    public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var p = new DynamicParameters();
        p.AddTime(dialect, "now", now);
        p.AddTime(dialect, "lease_until", now + lease);
        p.Add("max", max, System.Data.DbType.Int32);
        return database.Writer.RunAsync<IReadOnlyList<DueTimer>>(async (connection, transaction, token) =>
        {
            var rows = await connection.QueryAsync<TimerRecord>(new CommandDefinition(_sql.ClaimTimers, p, transaction, cancellationToken: token))
                .ConfigureAwait(false);
            var claimed = rows.Select(r => new DueTimer(r.InstanceId, r.TimerId, dialect.FromDbTime(r.DueAt))).OrderBy(t => t.DueAt).ToList();
            return new WriteOutcome<IReadOnlyList<DueTimer>>(true, claimed);
        }, cancellationToken);
    }
}
