using Dapper;
using Workflow.Engine.Persistence;

namespace Workflow.Web.Operations;

/// <summary>
/// Counts for the gauges that no engine port offers yet. Each statement is plain SQL that SQLite, PostgreSQL and SQL
/// Server all accept, and each WHERE clause repeats the predicate of one of the inbox's partial indexes (open and
/// claimed, open and unclaimed, open with a deadline) or the timers' due-time index, so none scans the table.
/// </summary>
internal sealed class DatabaseGauges(WorkflowDatabase database)
{
    public async Task<(long Open, long Overdue, DateTimeOffset? OldestDueTimer)> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        var tasks = dialect.QuoteIdentifier("wf_tasks");
        var timers = dialect.QuoteIdentifier("wf_timers");
        var sql = $"""
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND assignee_user_id IS NULL;
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND due_at IS NOT NULL AND due_at < @now;
            SELECT MIN(due_at) FROM {timers};
            """;
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(sql, new { now = dialect.ToDbTime(now) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        var values = new List<object?>(4);
        do
        {
            values.Add(await reader.ReadAsync(cancellationToken).ConfigureAwait(false) && !await reader.IsDBNullAsync(0, cancellationToken).ConfigureAwait(false)
                ? reader.GetValue(0)
                : null);
        }
        while (await reader.NextResultAsync(cancellationToken).ConfigureAwait(false));
        return (Count(values[0]) + Count(values[1]), Count(values[2]), values[3] is { } oldest ? dialect.FromDbTime(oldest) : null);
    }

    private static long Count(object? value) => Convert.ToInt64(value ?? 0L, System.Globalization.CultureInfo.InvariantCulture);
}
