using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;
using static Workflow.Engine.Persistence.Dialects.SqlDialect;

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
            await connection.ExecuteAsync(Command(statement.Sql, statement.Parameters, transaction, cancellationToken)).ConfigureAwait(false);
        }
    }

    private void TaskStatements(IReadOnlyList<TaskColumnsRow> tasks, List<Statement> statements, DynamicParameters? into) =>
        AddBatched(tasks, statements, into, _sql.UpsertTasks, (p, i, r) =>
            {
                var t = tasks[i];
                AddText(p, RowParameter(TaskPrefix + "task_id", r), t.TaskId);
                AddText(p, RowParameter(TaskPrefix + "instance_id", r), t.InstanceId);
                AddText(p, RowParameter(TaskPrefix + "kind", r), t.Kind);
                AddText(p, RowParameter(TaskPrefix + "title", r), t.Title);
                AddText(p, RowParameter(TaskPrefix + "post", r), t.Post);
                AddText(p, RowParameter(TaskPrefix + "level", r), t.Level);
                AddText(p, RowParameter(TaskPrefix + "division_code", r), t.DivisionCode);
                AddText(p, RowParameter(TaskPrefix + "department_code", r), t.DepartmentCode);
                AddText(p, RowParameter(TaskPrefix + "status", r), t.Status);
                AddText(p, RowParameter(TaskPrefix + "assignee_user_id", r), t.AssigneeUserId);
                AddTime(p, RowParameter(TaskPrefix + "opened_at", r), t.OpenedAt);
                AddTime(p, RowParameter(TaskPrefix + "due_at", r), t.DueAt);
                AddTime(p, RowParameter(TaskPrefix + "closed_at", r), t.ClosedAt);
                AddText(p, RowParameter(TaskPrefix + "claimed_by", r), t.ClaimedBy);
                AddText(p, RowParameter(TaskPrefix + "holder_user_id", r), t.HolderUserId);
            });

    /// <summary>
    /// Rewrites the wf_task_users rows of <paramref name="synced"/> tasks in the commit's transaction: delete theirs,
    /// insert <paramref name="rows"/>.
    /// </summary>
    private void TaskUserStatements(IReadOnlyList<TaskColumnsRow> synced, IReadOnlyList<(string TaskId, string UserId, string Role, DateTimeOffset OpenedAt)> rows,
        List<Statement> statements, DynamicParameters? into)
    {
        for (var start = 0; start < synced.Count; start += RowsPerStatement)
        {
            var ids = synced.Skip(start).Take(RowsPerStatement).ToList();
            var p = into ?? new DynamicParameters();
            for (var i = 0; i < ids.Count; i++)
            {
                AddText(p, ListParameter(TaskUserList, i), ids[i].TaskId);
            }
            statements.Add(new Statement(_sql.DeleteTaskUsers(ids.Count), p));
        }
        AddBatched(rows, statements, into, _sql.InsertTaskUsers, (p, i, r) =>
        {
            var row = rows[i];
            AddText(p, RowParameter(TaskUserPrefix + "task_id", r), row.TaskId);
            AddText(p, RowParameter(TaskUserPrefix + "user_id", r), row.UserId);
            AddText(p, RowParameter(TaskUserPrefix + "role", r), row.Role);
            AddTime(p, RowParameter(TaskUserPrefix + "opened_at", r), row.OpenedAt);
        });
    }
}
