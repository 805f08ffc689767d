using System.Data;
using System.Data.Common;
using Dapper;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Persistence.Writing;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The commit transaction, in the order that lets a loser stop early: the instance row with its version check, the
/// request key, then events, task rows, timers and outbox rows. Returning "don't keep" undoes everything written.
/// Where the dialect batches commits (PostgreSQL), the same statements go to the server in one round trip, and the
/// guards become unique violations: the event key (instance, seq) catches a stale version, strict inserts a taken
/// instance id or request key.
/// </summary>
public sealed partial class DapperInstanceStore
{
    private static readonly WriteOutcome<bool> Refused = new(false, false);

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
            var head = await connection.QuerySingleOrDefaultAsync<HeadRecord>(Command(_instanceSql.ReadHead, new { id = plan.State.InstanceId }, transaction,
                cancellationToken)).ConfigureAwait(false);
            if (head is null || head.Version != plan.Commit.ExpectedVersion)
            {
                return Refused;
            }
            plan.ChainFrom(head.HeadHash);
        }
        foreach (var statement in statements ?? Statements(plan, strict: false, into: null))
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
        var statements = Statements(plan, strict: true, parameters);
        var sql = string.Join(";\n", statements.Select(s => s.Sql));
        await using var connection = await _database.OpenConnectionAsync(cancellationToken, forWriting: true).ConfigureAwait(false);
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

    /// <summary>The commit's statements; each gets its own parameters, or all go <paramref name="into"/> one set.</summary>
    private List<Statement> Statements(CommitPlan plan, bool strict, StatementParameters? into)
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
        var p = into ?? new StatementParameters(_dialect);
        p.Text("id", state.InstanceId);
        p.Text("status", state.SubStatus.ToString());
        p.Text("division_code", plan.DivisionCode);
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
            return new Statement(strict ? _instanceSql.InsertInstanceStrict : _instanceSql.InsertInstance, p, Guard: true);
        }
        p.Int64("expected_version", plan.Commit.ExpectedVersion);
        return new Statement(_instanceSql.UpdateInstance, p, Guard: true);
    }

    private Statement RequestStatement(CommitPlan plan, string key, bool strict, StatementParameters? into)
    {
        var p = into ?? new StatementParameters(_dialect);
        p.Text("request_key", key);
        p.Text("instance_id", plan.State.InstanceId);
        p.Text("command_type", plan.Commit.CommandType);
        p.Int64("first_seq", plan.FirstSeq);
        p.Int64("last_seq", plan.Commit.ExpectedVersion + plan.Events.Count);
        p.Time("now", plan.Now);
        return new Statement(strict ? _instanceSql.InsertRequestStrict : _instanceSql.InsertRequest, p, Guard: true);
    }

    private void EventStatements(CommitPlan plan, List<Statement> statements, StatementParameters? into) =>
        AddBatched(plan.Events, statements, into, _instanceSql.InsertEvents,
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
}
