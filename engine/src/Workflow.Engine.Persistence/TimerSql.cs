using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The statements of <c>wf_timers</c>: the rows a commit writes and deletes, and the claim of due rows, which sets a
/// lease so that no other host takes them until it runs out.
/// </summary>
internal sealed class TimerSql
{
    public const string TimerPrefix = "tm_";

    /// <summary>The <c>IN</c> list of timer ids a commit deletes, or keeps.</summary>
    public const string TimerList = "timer";

    public static readonly IReadOnlyList<string> TimerColumns = ["instance_id", "timer_id", "due_at"];

    /// <summary>The timer columns bound per row; <c>instance_id</c> takes one shared parameter.</summary>
    public static readonly IReadOnlyList<string> TimerRowColumns = ["timer_id", "due_at"];

    private static readonly Dictionary<string, string> TimerShared = new() { ["instance_id"] = "instance_id" };

    private readonly SizedStatements _upsertTimers;
    private readonly SizedStatements _deleteTimers;
    private readonly SizedStatements _deleteTimersExcept;

    public TimerSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var timers = dialect.QuoteIdentifier("wf_timers");
        // An existing row keeps its lease and takes the new due time.
        _upsertTimers = new(rows => dialect.Upsert(timers, TimerColumns, dialect.ValuesRows(TimerPrefix, TimerColumns, TimerShared, rows),
            ["instance_id", "timer_id"], ["due_at"]));
        _deleteTimers = new(rows => $"""
            DELETE FROM {timers}
            WHERE instance_id = {P("instance_id")} AND timer_id IN {dialect.InList(TimerList, rows)}
            """);
        _deleteTimersExcept = new(keep => $"""
            DELETE FROM {timers}
            WHERE instance_id = {P("instance_id")} AND timer_id NOT IN {dialect.InList(TimerList, keep)}
            """);
        DeleteAllTimers = $"""
            DELETE FROM {timers}
            WHERE instance_id = {P("instance_id")}
            """;
        ClaimTimers = dialect.Claim(timers, ["instance_id", "timer_id"],
            $"due_at <= {P("now")} AND (lease_until IS NULL OR lease_until <= {P("now")})", "due_at", P("max"), "lease_until", P("lease_until"),
            [("instance_id", "InstanceId"), ("timer_id", "TimerId"), ("due_at", "DueAt")]);
    }

    public static TimerSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new TimerSql(d));

    public string DeleteAllTimers { get; }

    public string ClaimTimers { get; }

    /// <summary>Writes timer rows; an existing row keeps its lease and takes the new due time.</summary>
    public string UpsertTimers(int rows) => _upsertTimers[rows];

    /// <summary>Deletes the named timers of one instance.</summary>
    public string DeleteTimers(int rows) => _deleteTimers[rows];

    /// <summary>Deletes every timer of one instance except the named ones.</summary>
    public string DeleteTimersExcept(int keep) => _deleteTimersExcept[keep];
}
