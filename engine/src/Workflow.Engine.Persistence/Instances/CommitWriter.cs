using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.Persistence.Instances;

/// <summary>
/// Writes a commit in one transaction; returning "don't keep" undoes everything written. Where the dialect batches
/// commits (PostgreSQL), the same statements go to the server in one round trip, and the guards become unique
/// violations: the event key (instance, seq) catches a stale version, strict inserts a taken instance id or request key.
/// </summary>
internal sealed class CommitWriter(WorkflowDatabase database)
{
    private static readonly WriteOutcome<bool> Refused = new(false, false);

    private readonly SqlDialect _dialect = database.Dialect;
    private readonly InstanceSql _sql = InstanceSql.For(database.Dialect);
    private readonly CommitStatements _statements = new(database.Dialect);

    /// <summary>Writes the plan; false when another command moved the instance on first, or the request key committed before.</summary>
    public Task<bool> WriteAsync(CommitPlan plan, CancellationToken cancellationToken) =>
        _dialect.BatchesCommits && plan.Hashes is not null && plan.Events.Count > 0 && plan.FitsOneStatementPerKind(CommitStatements.RowsPerStatement)
            ? WriteBatchAsync(plan, cancellationToken)
            : WriteThroughWriterAsync(plan, cancellationToken);

    /// <summary>Writes task rows in their own transaction: for seeding benchmarks and plan tests with realistic volumes.</summary>
    public Task WriteTaskRowsAsync(IReadOnlyList<TaskColumnsRow> tasks, CancellationToken cancellationToken) =>
        database.Writer.RunAsync(async (connection, transaction, token) =>
        {
            var statements = new List<Statement>();
            _statements.TaskStatements(tasks, statements, into: null);
            var users = tasks.SelectMany(t => TaskUsers.Decode(t.Users).Select(u => (t.TaskId, u.UserId, u.Role, t.OpenedAt, u.Until))).ToList();
            _statements.TaskUserStatements(tasks.Where(t => t.Users.Length > 0).ToList(), users, statements, into: null);
            foreach (var statement in statements)
            {
                await StatementRunner.ExecuteAsync(connection, transaction, statement, token).ConfigureAwait(false);
            }
            return new WriteOutcome<bool>(true, true);
        }, cancellationToken);

    private Task<bool> WriteThroughWriterAsync(CommitPlan plan, CancellationToken cancellationToken)
    {
        // Without a known head the hashes, and so the statements, wait for the head read inside the transaction.
        var statements = plan.Hashes is null ? null : _statements.For(plan, strict: false, into: null);
        return database.Writer.RunAsync((connection, transaction, token) => WriteAsync(connection, transaction, plan, statements, token), cancellationToken);
    }

    /// <summary>
    /// The commit inside the writer's transaction. <paramref name="statements"/> are built beforehand, on the caller's
    /// thread, whenever the head is known: on SQLite the writer is the one path every approver waits for, and at 16
    /// approvers it is busy nearly all the time.
    /// </summary>
    private async Task<WriteOutcome<bool>> WriteAsync(DbConnection connection, DbTransaction transaction, CommitPlan plan, List<Statement>? statements,
        CancellationToken cancellationToken)
    {
        if (plan.Hashes is null)
        {
            var head = await connection.QuerySingleOrDefaultAsync<HeadRecord>(new CommandDefinition(_sql.ReadHead, new { id = plan.State.InstanceId },
                transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
            if (head is null || head.Version != plan.Commit.ExpectedVersion)
            {
                return Refused;
            }
            plan.ChainFrom(head.HeadHash);
        }
        foreach (var statement in statements ?? _statements.For(plan, strict: false, into: null))
        {
            var affected = await StatementRunner.ExecuteAsync(connection, transaction, statement, cancellationToken).ConfigureAwait(false);
            if (statement.Guard && affected != 1)
            {
                return Refused;
            }
        }
        return new WriteOutcome<bool>(true, true);
    }

    /// <summary>
    /// The whole commit as one batch, run by the server as one implicit transaction. Only for commits with events (the
    /// event key is the version check) whose head is known.
    /// </summary>
    private async Task<bool> WriteBatchAsync(CommitPlan plan, CancellationToken cancellationToken)
    {
        // One parameter set for all: the names never clash, and shared ones (instance_id, now) hold the same value.
        var parameters = new StatementParameters(_dialect, shared: true);
        var statements = _statements.For(plan, strict: true, parameters);
        var sql = string.Join(";\n", statements.Select(s => s.Sql));
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: true).ConfigureAwait(false);
        try
        {
            await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return true;
        }
        catch (DbException ex) when (_dialect.IsUniqueViolation(ex))
        {
            return false;
        }
    }
}
