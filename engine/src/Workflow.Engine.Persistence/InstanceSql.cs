using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The statements of <c>wf_instances</c>, <c>wf_requests</c> and <c>wf_events</c>: loading an instance, the guarded
/// writes of a commit, the stored result of a request key, and the history. The commit's statements never clash in
/// their parameter names (multi-row ones carry a prefix per kind; <c>instance_id</c> and <c>now</c> mean the same in
/// all), so a dialect that can may send a whole commit as one batch (<see cref="SqlDialect.BatchesCommits"/>).
/// </summary>
internal sealed class InstanceSql
{
    public const string EventPrefix = "ev_";

    public static readonly IReadOnlyList<string> EventColumns = ["instance_id", "seq", "type", "body", "prev_hash", "hash", "created_at"];

    /// <summary>The event columns bound per row; <c>instance_id</c> and <c>created_at</c> take one shared parameter.</summary>
    public static readonly IReadOnlyList<string> EventRowColumns = ["seq", "type", "body", "prev_hash", "hash"];

    private static readonly IReadOnlyList<string> InstanceColumns =
    [
        "id", "definition_id", "definition_version", "status", "division_code", "applicant_name", "restricted", "version", "head_hash", "snapshot", "created_at", "updated_at",
    ];

    private static readonly IReadOnlyList<string> RequestColumns = ["request_key", "instance_id", "command_type", "first_seq", "last_seq", "created_at"];

    private static readonly Dictionary<string, string> EventShared = new() { ["instance_id"] = "instance_id", ["created_at"] = "now" };

    private readonly SizedStatements _insertEvents;

    public InstanceSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var instances = dialect.QuoteIdentifier("wf_instances");
        var requests = dialect.QuoteIdentifier("wf_requests");
        var events = dialect.QuoteIdentifier("wf_events");
        var instanceRow = dialect.ValuesRow(InstanceColumns);
        // The request row's creation time is the commit's shared "now".
        var requestRow = "(" + string.Join(", ", RequestColumns.Select(c => P(c == "created_at" ? "now" : c))) + ")";

        LoadInstance = $"""
            SELECT snapshot AS Snapshot, version AS Version, head_hash AS HeadHash
            FROM {instances}
            WHERE id = {P("id")}
            """;
        ReadHead = $"""
            SELECT version AS Version, head_hash AS HeadHash
            FROM {instances}
            WHERE id = {P("id")}
            """;
        InsertInstance = dialect.InsertIfAbsent(instances, InstanceColumns, instanceRow, ["id"]);
        InsertInstanceStrict = $"""
            INSERT INTO {instances} ({string.Join(", ", InstanceColumns)})
            VALUES {instanceRow}
            """;
        UpdateInstance = $"""
            UPDATE {instances}
            SET status = {P("status")}, division_code = {P("division_code")}, applicant_name = {P("applicant_name")},
                restricted = {P("restricted")}, version = {P("version")},
                head_hash = {P("head_hash")}, snapshot = {P("snapshot")}, updated_at = {P("updated_at")}
            WHERE id = {P("id")} AND version = {P("expected_version")}
            """;
        InsertRequest = dialect.InsertIfAbsent(requests, RequestColumns, requestRow, ["request_key"]);
        InsertRequestStrict = $"""
            INSERT INTO {requests} ({string.Join(", ", RequestColumns)})
            VALUES {requestRow}
            """;
        FindResult = $"""
            SELECT r.instance_id AS InstanceId, r.command_type AS CommandType, e.body AS Body
            FROM {requests} r
            LEFT JOIN {events} e ON e.instance_id = r.instance_id AND e.seq BETWEEN r.first_seq AND r.last_seq
            WHERE r.request_key = {P("request_key")}
            ORDER BY e.seq
            """;
        InstanceEvents = $"""
            SELECT body
            FROM {events}
            WHERE instance_id = {P("instance_id")}
            ORDER BY seq
            """;
        _insertEvents = new(rows => $"""
            INSERT INTO {events} ({string.Join(", ", EventColumns)})
            VALUES
            {dialect.ValuesRows(EventPrefix, EventColumns, EventShared, rows)}
            """);
        _scopedInstances = scope => $"""
            SELECT id AS InstanceId, definition_id AS DefinitionId, definition_version AS DefinitionVersion, status AS Status,
                division_code AS DivisionCode, created_at AS CreatedAt, updated_at AS UpdatedAt
            FROM {instances} i
            WHERE {scope}
            ORDER BY created_at DESC, id
            {dialect.Page(P("offset"), P("limit"))}
            """;
    }

    private readonly Func<string, string> _scopedInstances;

    public static InstanceSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new InstanceSql(d));

    public string LoadInstance { get; }

    public string ReadHead { get; }

    /// <summary>The first commit of an instance; affects no row when the id is taken.</summary>
    public string InsertInstance { get; }

    /// <summary>The first commit of an instance, failing with a unique violation when the id is taken.</summary>
    public string InsertInstanceStrict { get; }

    /// <summary>Every later commit: affects no row when another command moved the version first.</summary>
    public string UpdateInstance { get; }

    /// <summary>Claims a request key; affects no row when the key has committed before.</summary>
    public string InsertRequest { get; }

    /// <summary>Claims a request key, failing with a unique violation when it has committed before.</summary>
    public string InsertRequestStrict { get; }

    /// <summary>The instance and the event bodies a request key committed, oldest first (one row with no body when it produced none).</summary>
    public string FindResult { get; }

    public string InstanceEvents { get; }

    /// <summary>Appends events; the primary key (instance_id, seq) refuses a second writer of the same position.</summary>
    public string InsertEvents(int rows) => _insertEvents[rows];

    /// <summary>A page of the cases in a scope (<see cref="CaseScopeSql"/> over <c>i.id</c>), newest first.</summary>
    public string ScopedInstances(string scope) => _scopedInstances(scope);
}
