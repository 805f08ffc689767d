using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>
/// The statements of one commit with their parameters, in the order that lets a loser stop early: the instance row with
/// its version check, the request key, then events, task rows and their users, timers and outbox rows. Multi-row
/// statements carry at most <see cref="RowsPerStatement"/> rows, to stay under every database's parameter limit.
/// </summary>
internal sealed class CommitStatements(SqlDialect dialect)
{
    /// <summary>Most rows one multi-row statement carries; SQL Server allows 2,100 parameters per statement.</summary>
    internal const int RowsPerStatement = 100;

    private readonly InstanceSql _instances = InstanceSql.For(dialect);
    private readonly TaskSql _tasks = TaskSql.For(dialect);
    private readonly TimerSql _timers = TimerSql.For(dialect);
    private readonly OutboxSql _outbox = OutboxSql.For(dialect);

    /// <summary>The commit's statements; each gets its own parameters, or all go <paramref name="into"/> one set.</summary>
    public List<Statement> For(CommitPlan plan, bool strict, StatementParameters? into)
    {
        var statements = new List<Statement> { InstanceStatement(plan, strict, into) };
        if (plan.Commit.RequestKey is { } key)
        {
            statements.Add(RequestStatement(plan, key, strict, into));
        }
        EventStatements(plan, statements, into);
        TaskStatements(plan.TaskUpserts, statements, into);
        TaskUserStatements(plan.TaskUserSyncs, plan.TaskUserRows, statements, into);
        TimerStatements(plan, statements, into);
        OutboxStatements(plan.Commit.Outbox, statements, into);
        return statements;
    }

    private Statement InstanceStatement(CommitPlan plan, bool strict, StatementParameters? into)
    {
        var state = plan.State;
        var p = into ?? new StatementParameters(dialect);
        p.Text("id", state.InstanceId);
        p.Text("status", state.SubStatus.ToString());
        p.Text("division_code", plan.DivisionCode);
        p.Text("applicant_name", plan.ApplicantName);
        p.Int32("restricted", plan.Restricted ? 1 : 0);
        p.Int64("version", state.Version);
        p.Text("head_hash", plan.HeadHash);
        p.Text("snapshot", plan.Snapshot);
        p.Time("updated_at", state.UpdatedAt);
        if (plan.Commit.ExpectedVersion == 0)
        {
            p.Text("definition_id", state.DefinitionId);
            p.Int32("definition_version", state.DefinitionVersion);
            p.Time("created_at", state.CreatedAt);
            return new Statement(strict ? _instances.InsertInstanceStrict : _instances.InsertInstance, p, Guard: true);
        }
        p.Int64("expected_version", plan.Commit.ExpectedVersion);
        return new Statement(_instances.UpdateInstance, p, Guard: true);
    }

    private Statement RequestStatement(CommitPlan plan, string key, bool strict, StatementParameters? into)
    {
        var p = into ?? new StatementParameters(dialect);
        p.Text("request_key", key);
        p.Text("instance_id", plan.State.InstanceId);
        p.Text("command_type", plan.Commit.CommandType);
        p.Int64("first_seq", plan.FirstSeq);
        p.Int64("last_seq", plan.Commit.ExpectedVersion + plan.Events.Count);
        p.Time("now", plan.Now);
        return new Statement(strict ? _instances.InsertRequestStrict : _instances.InsertRequest, p, Guard: true);
    }

    private void EventStatements(CommitPlan plan, List<Statement> statements, StatementParameters? into) =>
        AddBatched(plan.Events, statements, into, _instances.InsertEvents,
            (p, i, r) =>
            {
                // names[] follows InstanceSql.EventRowColumns.
                var names = RowNames.For(InstanceSql.EventPrefix, InstanceSql.EventRowColumns, r);
                p.Int64(names[0], plan.FirstSeq + i);
                p.Text(names[1], plan.Types[i]);
                p.Text(names[2], plan.Events[i]);
                p.Text(names[3], i == 0 ? plan.PreviousHash : plan.Hashes![i - 1]);
                p.Text(names[4], plan.Hashes![i]);
            },
            p =>
            {
                p.Text("instance_id", plan.State.InstanceId);
                p.Time("now", plan.Now);
            });


    public void TaskStatements(IReadOnlyList<TaskColumnsRow> tasks, List<Statement> statements, StatementParameters? into) =>
        AddBatched(tasks, statements, into, _tasks.UpsertTasks, (p, i, r) =>
            {
                var t = tasks[i];
                // names[] follows TaskSql.TaskColumns.
                var names = RowNames.For(TaskSql.TaskPrefix, TaskSql.TaskColumns, r);
                p.Text(names[0], t.TaskId);
                p.Text(names[1], t.InstanceId);
                p.Text(names[2], t.Kind);
                p.Text(names[3], t.Title);
                p.Text(names[4], t.Post);
                p.Text(names[5], t.Level);
                p.Text(names[6], t.DivisionCode);
                p.Text(names[7], t.DepartmentCode);
                p.Text(names[8], t.Status);
                p.Text(names[9], t.AssigneeUserId);
                p.Time(names[10], t.OpenedAt);
                p.Time(names[11], t.DueAt);
                p.Time(names[12], t.ClosedAt);
                p.Text(names[13], t.ClaimedBy);
                p.Text(names[14], t.HolderUserId);
                p.Text(names[15], t.Audience);
            });

    /// <summary>
    /// Rewrites the wf_task_users rows of <paramref name="synced"/> tasks in the commit's transaction: delete theirs,
    /// insert <paramref name="rows"/>.
    /// </summary>
    public void TaskUserStatements(IReadOnlyList<TaskColumnsRow> synced, IReadOnlyList<(string TaskId, string UserId, string Role, DateTimeOffset OpenedAt, DateTimeOffset? Until)> rows,
        List<Statement> statements, StatementParameters? into)
    {
        for (var start = 0; start < synced.Count; start += RowsPerStatement)
        {
            var ids = synced.Skip(start).Take(RowsPerStatement).ToList();
            var p = into ?? new StatementParameters(dialect);
            var names = RowNames.List(TaskSql.TaskUserList, ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                p.Text(names[i], ids[i].TaskId);
            }
            statements.Add(new Statement(_tasks.DeleteTaskUsers(ids.Count), p));
        }
        AddBatched(rows, statements, into, _tasks.InsertTaskUsers, (p, i, r) =>
        {
            var row = rows[i];
            // names[] follows TaskSql.TaskUserColumns.
            var names = RowNames.For(TaskSql.TaskUserPrefix, TaskSql.TaskUserColumns, r);
            p.Text(names[0], row.TaskId);
            p.Text(names[1], row.UserId);
            p.Text(names[2], row.Role);
            p.Time(names[3], row.OpenedAt);
            p.Time(names[4], row.Until);
        });
    }


    private void TimerStatements(CommitPlan plan, List<Statement> statements, StatementParameters? into)
    {
        var instanceId = plan.State.InstanceId;
        if (plan.FullTimerSync)
        {
            var keep = plan.TimerUpserts.Select(t => t.TimerId).ToList();
            statements.Add(keep.Count == 0
                ? new Statement(_timers.DeleteAllTimers, TimerIds(instanceId, [], into))
                : new Statement(_timers.DeleteTimersExcept(keep.Count), TimerIds(instanceId, keep, into))); // NOT IN needs every id at once
        }
        else
        {
            for (var start = 0; start < plan.TimerDeletes.Count; start += RowsPerStatement)
            {
                var gone = plan.TimerDeletes.Skip(start).Take(RowsPerStatement).ToList();
                statements.Add(new Statement(_timers.DeleteTimers(gone.Count), TimerIds(instanceId, gone, into)));
            }
        }

        AddBatched(plan.TimerUpserts, statements, into, _timers.UpsertTimers,
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
        var p = into ?? new StatementParameters(dialect);
        p.Text("instance_id", instanceId);
        var names = RowNames.List(TimerSql.TimerList, timerIds.Count);
        for (var i = 0; i < timerIds.Count; i++)
        {
            p.Text(names[i], timerIds[i]);
        }
        return p;
    }


    private void OutboxStatements(IReadOnlyList<OutboxMessage> messages, List<Statement> statements, StatementParameters? into) =>
        AddBatched(messages, statements, into, _outbox.InsertOutbox, (p, i, r) =>
        {
            var m = messages[i];
            // names[] follows OutboxSql.OutboxColumns.
            var names = RowNames.For(OutboxSql.OutboxPrefix, OutboxSql.OutboxColumns, r);
            p.Text(names[0], m.MessageId);
            p.Text(names[1], m.InstanceId);
            p.Text(names[2], m.MessageType);
            p.Text(names[3], m.Destination);
            p.Text(names[4], m.Body);
            p.Time(names[5], m.CreatedAt);
        });

    /// <summary>
    /// Writes <paramref name="items"/> <see cref="RowsPerStatement"/> rows per statement, to stay under every database's
    /// parameter limit. <paramref name="bindRow"/> adds the parameters of item <c>i</c> as row <c>r</c> of its statement;
    /// <paramref name="shared"/> adds those every statement needs once. With <paramref name="into"/> (SQL Server's single
    /// round trip) all statements share one parameter set.
    /// </summary>
    private void AddBatched<T>(IReadOnlyList<T> items, List<Statement> statements, StatementParameters? into,
        Func<int, string> sql, Action<StatementParameters, int, int> bindRow, Action<StatementParameters>? shared = null)
    {
        for (var start = 0; start < items.Count; start += RowsPerStatement)
        {
            var rows = Math.Min(RowsPerStatement, items.Count - start);
            var p = into ?? new StatementParameters(dialect);
            shared?.Invoke(p);
            for (var r = 0; r < rows; r++)
            {
                bindRow(p, start + r, r);
            }
            statements.Add(new Statement(sql(rows), p));
        }
    }
}
