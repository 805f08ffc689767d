using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Timer rows mirror the instance's timers: a commit writes the ones that appeared or moved and deletes the ones that
/// went (fired or cancelled). A claim leases due rows so that one host fires each; the lease survives unrelated
/// commits on the instance, because rows that did not change are not rewritten.
/// </summary>
public sealed partial class DapperInstanceStore : ITimerStore
{
    public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken)
    {
        var p = new DynamicParameters();
        AddTime(p, "now", now);
        AddTime(p, "lease_until", now + lease);
        p.Add("max", max, System.Data.DbType.Int32);
        return _database.Writer.RunAsync<IReadOnlyList<DueTimer>>(async (connection, transaction, token) =>
        {
            var rows = await connection.QueryAsync<TimerRecord>(Command(_timerSql.ClaimTimers, p, transaction, token)).ConfigureAwait(false);
            var claimed = rows.Select(r => new DueTimer(r.InstanceId, r.TimerId, _dialect.FromDbTime(r.DueAt))).OrderBy(t => t.DueAt).ToList();
            return new WriteOutcome<IReadOnlyList<DueTimer>>(true, claimed);
        }, cancellationToken);
    }

    private void TimerStatements(CommitPlan plan, List<Statement> statements, StatementParameters? into)
    {
        var instanceId = plan.State.InstanceId;
        if (plan.FullTimerSync)
        {
            var keep = plan.TimerUpserts.Select(t => t.TimerId).ToList();
            statements.Add(keep.Count == 0
                ? new Statement(_timerSql.DeleteAllTimers, TimerIds(instanceId, [], into))
                : new Statement(_timerSql.DeleteTimersExcept(keep.Count), TimerIds(instanceId, keep, into))); // NOT IN needs every id at once
        }
        else
        {
            for (var start = 0; start < plan.TimerDeletes.Count; start += RowsPerStatement)
            {
                var gone = plan.TimerDeletes.Skip(start).Take(RowsPerStatement).ToList();
                statements.Add(new Statement(_timerSql.DeleteTimers(gone.Count), TimerIds(instanceId, gone, into)));
            }
        }

        AddBatched(plan.TimerUpserts, statements, into, _timerSql.UpsertTimers,
            (p, i, r) =>
            {
                var timer = plan.TimerUpserts[i];
                // names[] follows TimerSql.TimerRowColumns.
                var names = RowNames.For(TimerSql.TimerPrefix, TimerSql.TimerRowColumns, r);
                p.Text(names[0], timer.TimerId);
                p.Time(names[1], timer.DueAt);
            },
            p => p.Text("instance_id", instanceId));
    }

    private StatementParameters TimerIds(string instanceId, IReadOnlyList<string> timerIds, StatementParameters? into)
    {
        var p = into ?? new StatementParameters(_dialect);
        p.Text("instance_id", instanceId);
        var names = RowNames.List(TimerSql.TimerList, timerIds.Count);
        for (var i = 0; i < timerIds.Count; i++)
        {
            p.Text(names[i], timerIds[i]);
        }
        return p;
    }
}
