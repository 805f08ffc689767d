using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Monitoring;

/// <summary>
/// The statements of <see cref="DatabaseGauges"/> and <see cref="WorkflowDatabase.PingAsync"/>. Each gauge's WHERE clause
/// repeats the predicate of one of the inbox's partial indexes (open and claimed, open and unclaimed, open with a
/// deadline) or the timers' due-time index, so none scans the table.
/// </summary>
internal sealed class MonitoringSql
{
    public MonitoringSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var tasks = dialect.QuoteIdentifier("wf_tasks");
        var timers = dialect.QuoteIdentifier("wf_timers");
        var now = dialect.Parameter("now");
        Gauges = $"""
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND assignee_user_id IS NULL;
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND assignee_user_id IS NOT NULL;
            SELECT COUNT(*) FROM {tasks} WHERE status = 'Open' AND due_at IS NOT NULL AND due_at < {now};
            SELECT MIN(due_at) FROM {timers};
            """;
    }

    public static MonitoringSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new MonitoringSql(d));

    /// <summary>Open unclaimed, open claimed, open overdue, and the earliest timer: four results in one round trip.</summary>
    public string Gauges { get; }

    /// <summary>The cheapest statement that proves the server answers.</summary>
    public string Ping => "SELECT 1";
}
