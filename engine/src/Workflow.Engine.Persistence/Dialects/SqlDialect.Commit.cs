namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The statements of one commit: the instance row, the request key, events, task rows, timers, outbox rows. Their
/// parameter names never clash (multi-row ones carry a prefix per kind; <c>instance_id</c> and <c>now</c> mean the
/// same in all), so a dialect that can may send a whole commit as one batch (<see cref="BatchesCommits"/>).
/// </summary>
public abstract partial class SqlDialect
{
    public const string EventPrefix = "ev_";
    public const string TaskPrefix = "tk_";
    public const string TimerPrefix = "tm_";
    public const string OutboxPrefix = "ob_";
    public const string TaskUserPrefix = "tu_";

    /// <summary>The <c>IN</c> list of task ids whose task-user rows a commit rewrites.</summary>
    public const string TaskUserList = "tutask";

    /// <summary>The <c>IN</c> list of timer ids a commit deletes, or keeps.</summary>
    public const string TimerList = "timer";

    public static readonly IReadOnlyList<string> EventColumns = ["instance_id", "seq", "type", "body", "prev_hash", "hash", "created_at"];

    /// <summary>The event columns bound per row; <c>instance_id</c> and <c>created_at</c> take one shared parameter.</summary>
    public static readonly IReadOnlyList<string> EventRowColumns = ["seq", "type", "body", "prev_hash", "hash"];

    public static readonly IReadOnlyList<string> TaskColumns =
    [
        "task_id", "instance_id", "kind", "title", "post", "level", "division_code", "department_code", "status",
        "assignee_user_id", "opened_at", "due_at", "closed_at", "claimed_by", "holder_user_id",
    ];

    public static readonly IReadOnlyList<string> TaskUserColumns = ["task_id", "user_id", "role", "opened_at"];

    public static readonly IReadOnlyList<string> TimerColumns = ["instance_id", "timer_id", "due_at"];

    /// <summary>The timer columns bound per row; <c>instance_id</c> takes one shared parameter.</summary>
    public static readonly IReadOnlyList<string> TimerRowColumns = ["timer_id", "due_at"];

    public static readonly IReadOnlyList<string> OutboxColumns = ["message_id", "instance_id", "message_type", "destination", "body", "created_at"];

    private static readonly Dictionary<string, string> EventShared = new() { ["instance_id"] = "instance_id", ["created_at"] = "now" };
    private static readonly Dictionary<string, string> TimerShared = new() { ["instance_id"] = "instance_id" };

    /// <summary>Task columns an upsert changes; the rest are fixed when the task opens.</summary>
    protected static readonly IReadOnlyList<string> TaskMutableColumns = ["status", "assignee_user_id", "due_at", "closed_at", "claimed_by", "holder_user_id"];

    protected static readonly IReadOnlyDictionary<string, string> NoShared = new Dictionary<string, string>();

    /// <summary>
    /// True when the dialect sends a commit's statements as one batch that the server runs atomically, with the strict
    /// inserts: a unique violation (<see cref="IsUniqueViolation"/>) then means the commit lost.
    /// </summary>
    public virtual bool BatchesCommits => false;

    /// <summary>Whether <paramref name="exception"/> is the server refusing a duplicate key.</summary>
    public abstract bool IsUniqueViolation(Exception exception);

    public virtual string RenderLoadInstanceSql() => $"""
        SELECT snapshot AS Snapshot, version AS Version, head_hash AS HeadHash
        FROM {Instances}
        WHERE id = {Parameter("id")}
        """;

    public virtual string RenderReadHeadSql() => $"""
        SELECT version AS Version, head_hash AS HeadHash
        FROM {Instances}
        WHERE id = {Parameter("id")}
        """;

    /// <summary>The first commit of an instance; affects no row when the id is taken.</summary>
    public virtual string RenderInsertInstanceSql() => RenderInsertInstanceStrictSql() + "\nON CONFLICT (id) DO NOTHING";

    /// <summary>The first commit of an instance, failing with a unique violation when the id is taken.</summary>
    public virtual string RenderInsertInstanceStrictSql() => $"""
        INSERT INTO {Instances} (id, definition_id, definition_version, status, division_code, restricted, version, head_hash, snapshot, created_at, updated_at)
        VALUES ({Parameter("id")}, {Parameter("definition_id")}, {Parameter("definition_version")}, {Parameter("status")}, {Parameter("division_code")},
            {Parameter("restricted")}, {Parameter("version")}, {Parameter("head_hash")}, {Parameter("snapshot")}, {Parameter("created_at")}, {Parameter("updated_at")})
        """;

    /// <summary>Every later commit: affects no row when another command moved the version first.</summary>
    public virtual string RenderUpdateInstanceSql() => $"""
        UPDATE {Instances}
        SET status = {Parameter("status")}, division_code = {Parameter("division_code")}, restricted = {Parameter("restricted")}, version = {Parameter("version")},
            head_hash = {Parameter("head_hash")}, snapshot = {Parameter("snapshot")}, updated_at = {Parameter("updated_at")}
        WHERE id = {Parameter("id")} AND version = {Parameter("expected_version")}
        """;

    /// <summary>Claims a request key; affects no row when the key has committed before.</summary>
    public virtual string RenderInsertRequestSql() => RenderInsertRequestStrictSql() + "\nON CONFLICT (request_key) DO NOTHING";

    /// <summary>Claims a request key, failing with a unique violation when it has committed before.</summary>
    public virtual string RenderInsertRequestStrictSql() => $"""
        INSERT INTO {Requests} (request_key, instance_id, command_type, first_seq, last_seq, created_at)
        VALUES ({Parameter("request_key")}, {Parameter("instance_id")}, {Parameter("command_type")}, {Parameter("first_seq")},
            {Parameter("last_seq")}, {Parameter("now")})
        """;

    /// <summary>The instance and the event bodies a request key committed, oldest first (one row with no body when it produced none).</summary>
    public virtual string RenderFindResultSql() => $"""
        SELECT r.instance_id AS InstanceId, r.command_type AS CommandType, e.body AS Body
        FROM {Requests} r
        LEFT JOIN {Events} e ON e.instance_id = r.instance_id AND e.seq BETWEEN r.first_seq AND r.last_seq
        WHERE r.request_key = {Parameter("request_key")}
        ORDER BY e.seq
        """;

    /// <summary>Appends events; the primary key (instance_id, seq) refuses a second writer of the same position.</summary>
    public virtual string RenderInsertEventsSql(int rows) => $"""
        INSERT INTO {Events} ({string.Join(", ", EventColumns)})
        VALUES
        {ValuesRows(EventPrefix, EventColumns, EventShared, rows)}
        """;

    /// <summary>Inserts task rows, or brings the mutable columns of existing ones up to date.</summary>
    public virtual string RenderUpsertTasksSql(int rows) => $"""
        INSERT INTO {Tasks} ({string.Join(", ", TaskColumns)})
        VALUES
        {ValuesRows(TaskPrefix, TaskColumns, NoShared, rows)}
        ON CONFLICT (task_id) DO UPDATE SET {string.Join(", ", TaskMutableColumns.Select(c => $"{c} = excluded.{c}"))}
        """;

    /// <summary>Writes timer rows; an existing row keeps its lease and takes the new due time.</summary>
    public virtual string RenderUpsertTimersSql(int rows) => $"""
        INSERT INTO {Timers} ({string.Join(", ", TimerColumns)})
        VALUES
        {ValuesRows(TimerPrefix, TimerColumns, TimerShared, rows)}
        ON CONFLICT (instance_id, timer_id) DO UPDATE SET due_at = excluded.due_at
        """;

    /// <summary>Deletes the named timers of one instance.</summary>
    public virtual string RenderDeleteTimersSql(int rows) => $"""
        DELETE FROM {Timers}
        WHERE instance_id = {Parameter("instance_id")} AND timer_id IN {InList(TimerList, rows)}
        """;

    /// <summary>Deletes every timer of one instance except the named ones.</summary>
    public virtual string RenderDeleteTimersExceptSql(int keep) => $"""
        DELETE FROM {Timers}
        WHERE instance_id = {Parameter("instance_id")} AND timer_id NOT IN {InList(TimerList, keep)}
        """;

    public virtual string RenderDeleteAllTimersSql() => $"""
        DELETE FROM {Timers}
        WHERE instance_id = {Parameter("instance_id")}
        """;

    /// <summary>Adds outbox rows; a message id seen before is dropped (it is the same message).</summary>
    public virtual string RenderInsertOutboxSql(int rows) => $"""
        INSERT INTO {Outbox} ({string.Join(", ", OutboxColumns)})
        VALUES
        {ValuesRows(OutboxPrefix, OutboxColumns, NoShared, rows)}
        ON CONFLICT (message_id) DO NOTHING
        """;

    /// <summary>Drops the task-user rows of the named tasks, before their current rows are inserted again.</summary>
    public virtual string RenderDeleteTaskUsersSql(int tasks) => $"""
        DELETE FROM {TaskUsersTable}
        WHERE task_id IN {InList(TaskUserList, tasks)}
        """;

    public virtual string RenderInsertTaskUsersSql(int rows) => $"""
        INSERT INTO {TaskUsersTable} ({string.Join(", ", TaskUserColumns)})
        VALUES
        {ValuesRows(TaskUserPrefix, TaskUserColumns, NoShared, rows)}
        """;
}
