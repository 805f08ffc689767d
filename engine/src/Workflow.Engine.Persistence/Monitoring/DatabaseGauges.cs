using Dapper;

namespace Workflow.Engine.Persistence.Monitoring;

/// <summary>
/// Counts for the operations gauges that no engine port offers: open tasks, overdue tasks and the earliest timer, read
/// in one round trip along the indexes (<see cref="MonitoringSql.Gauges"/>).
/// </summary>
public sealed class DatabaseGauges(WorkflowDatabase database)
{
    private readonly MonitoringSql _sql = MonitoringSql.For(database.Dialect);

    public async Task<(long Open, long Overdue, DateTimeOffset? OldestDueTimer)> ReadAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var dialect = database.Dialect;
        await using var connection = await database.OpenConnectionAsync(cancellationToken, forWriting: false).ConfigureAwait(false);
        await using var reader = await connection.ExecuteReaderAsync(
            new CommandDefinition(_sql.Gauges, new { now = dialect.ToDbTime(now) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
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
