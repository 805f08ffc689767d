using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.Persistence;

/// <summary>Task rows: the inbox, upserted for every task whose columns the command changed.</summary>
public sealed partial class DapperInstanceStore
{
    /// <summary>Writes task rows in their own transaction: for seeding benchmarks and plan tests with realistic volumes.</summary>
    internal Task WriteTaskRowsAsync(IReadOnlyList<TaskColumnsRow> rows, CancellationToken cancellationToken) =>
        _database.Writer.RunAsync(async (connection, transaction, token) =>
        {
            await WriteTasksAsync(connection, transaction, rows, token).ConfigureAwait(false);
            return new WriteOutcome<bool>(true, true);
        }, cancellationToken);

    private async Task WriteTasksAsync(DbConnection connection, DbTransaction transaction, IReadOnlyList<TaskColumnsRow> tasks, CancellationToken cancellationToken)
    {
        var statements = new List<Statement>();
        TaskStatements(tasks, statements, into: null);
        var users = tasks.SelectMany(t => TaskUsers.Decode(t.Users).Select(u => (t.TaskId, u.UserId, u.Role, t.OpenedAt))).ToList();
        TaskUserStatements(tasks.Where(t => t.Users.Length > 0).ToList(), users, statements, into: null);
        foreach (var statement in statements)
        {
            await StatementRunner.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
        }
    }

    private void TaskStatements(IReadOnlyList<TaskColumnsRow> tasks, List<Statement> statements, StatementParameters? into) =>
        AddBatched(tasks, statements, into, _taskSql.UpsertTasks, (p, i, r) =>
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
            });

    /// <summary>
    /// Rewrites the wf_task_users rows of <paramref name="synced"/> tasks in the commit's transaction: delete theirs,
    /// insert <paramref name="rows"/>.
    /// </summary>
    private void TaskUserStatements(IReadOnlyList<TaskColumnsRow> synced, IReadOnlyList<(string TaskId, string UserId, string Role, DateTimeOffset OpenedAt)> rows,
        List<Statement> statements, StatementParameters? into)
    {
        for (var start = 0; start < synced.Count; start += RowsPerStatement)
        {
            var ids = synced.Skip(start).Take(RowsPerStatement).ToList();
            var p = into ?? new StatementParameters(_dialect);
            var names = RowNames.List(TaskSql.TaskUserList, ids.Count);
            for (var i = 0; i < ids.Count; i++)
            {
                p.Text(names[i], ids[i].TaskId);
            }
            statements.Add(new Statement(_taskSql.DeleteTaskUsers(ids.Count), p));
        }
        AddBatched(rows, statements, into, _taskSql.InsertTaskUsers, (p, i, r) =>
        {
            var row = rows[i];
            // names[] follows TaskSql.TaskUserColumns.
            var names = RowNames.For(TaskSql.TaskUserPrefix, TaskSql.TaskUserColumns, r);
            p.Text(names[0], row.TaskId);
            p.Text(names[1], row.UserId);
            p.Text(names[2], row.Role);
            p.Time(names[3], row.OpenedAt);
        });
    }
}
