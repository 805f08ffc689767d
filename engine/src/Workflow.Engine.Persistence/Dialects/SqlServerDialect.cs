using System.Data;
using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.SqlClient;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// SQL Server (T-SQL). <c>TOP</c> instead of <c>LIMIT</c>, <c>MERGE</c> and <c>NOT EXISTS … WITH (UPDLOCK, HOLDLOCK)</c>
/// instead of <c>ON CONFLICT</c>, claims through an updatable CTE read <c>WITH (UPDLOCK, READPAST)</c>, and
/// <c>sp_getapplock</c> around migrations. No server is available here: a test parses every statement with ScriptDom,
/// and a live suite runs when <c>WORKFLOW_MSSQL</c> is set.
/// </summary>
public sealed partial class SqlServerDialect : SqlDialect
{
    public static readonly SqlServerDialect Instance = new();

    public override string Name => "sqlserver";

    public override DbType TimeDbType => DbType.DateTimeOffset;

    public override string QuoteIdentifier(string identifier) => "[" + identifier.Replace("]", "]]", StringComparison.Ordinal) + "]";

    public override DbDataSource CreateDataSource(string connectionString) => SqlClientFactory.Instance.CreateDataSource(connectionString);

    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    /// <summary>2627: a primary key or unique constraint; 2601: a unique index.</summary>
    public override bool IsUniqueViolation(Exception exception) => exception is SqlException { Number: 2627 or 2601 };

    /// <summary>Scripts use <c>GO</c> lines between batches (a trigger must start its own batch).</summary>
    public override IReadOnlyList<string> SplitScript(string script) =>
        GoLine().Split(script).Where(b => !string.IsNullOrWhiteSpace(b)).ToList();

    protected override string Top(string count) => $"TOP ({count})";

    protected override string Limit(string count) => "";

    protected override string Page(string offset, string limit) => $"OFFSET {offset} ROWS FETCH NEXT {limit} ROWS ONLY";

    public override string RenderInsertInstanceSql() => $"""
        INSERT INTO {Instances} (id, definition_id, definition_version, status, division_code, restricted, version, head_hash, snapshot, created_at, updated_at)
        SELECT {Parameter("id")}, {Parameter("definition_id")}, {Parameter("definition_version")}, {Parameter("status")}, {Parameter("division_code")},
            {Parameter("restricted")}, {Parameter("version")}, {Parameter("head_hash")}, {Parameter("snapshot")}, {Parameter("created_at")}, {Parameter("updated_at")}
        WHERE NOT EXISTS (SELECT 1 FROM {Instances} WITH (UPDLOCK, HOLDLOCK) WHERE id = {Parameter("id")});
        """;

    public override string RenderInsertRequestSql() => $"""
        INSERT INTO {Requests} (request_key, instance_id, command_type, first_seq, last_seq, created_at)
        SELECT {Parameter("request_key")}, {Parameter("instance_id")}, {Parameter("command_type")}, {Parameter("first_seq")},
            {Parameter("last_seq")}, {Parameter("now")}
        WHERE NOT EXISTS (SELECT 1 FROM {Requests} WITH (UPDLOCK, HOLDLOCK) WHERE request_key = {Parameter("request_key")});
        """;

    public override string RenderUpsertTasksSql(int rows) => $"""
        MERGE {Tasks} WITH (HOLDLOCK) AS t
        USING (VALUES
        {ValuesRows(TaskPrefix, TaskColumns, NoShared, rows)}
        ) AS s ({string.Join(", ", TaskColumns)})
        ON t.task_id = s.task_id
        WHEN MATCHED THEN
            UPDATE SET {string.Join(", ", TaskMutableColumns.Select(c => $"{c} = s.{c}"))}
        WHEN NOT MATCHED THEN
            INSERT ({string.Join(", ", TaskColumns)})
            VALUES ({string.Join(", ", TaskColumns.Select(c => "s." + c))});
        """;

    public override string RenderUpsertTimersSql(int rows) => $"""
        MERGE {Timers} WITH (HOLDLOCK) AS t
        USING (VALUES
        {ValuesRows(TimerPrefix, ["timer_id", "due_at"], NoShared, rows)}
        ) AS s (timer_id, due_at)
        ON t.instance_id = {Parameter("instance_id")} AND t.timer_id = s.timer_id
        WHEN MATCHED THEN
            UPDATE SET due_at = s.due_at
        WHEN NOT MATCHED THEN
            INSERT (instance_id, timer_id, due_at)
            VALUES ({Parameter("instance_id")}, s.timer_id, s.due_at);
        """;

    public override string RenderInsertOutboxSql(int rows) => $"""
        INSERT INTO {Outbox} ({string.Join(", ", OutboxColumns)})
        SELECT {string.Join(", ", OutboxColumns.Select(c => "s." + c))}
        FROM (VALUES
        {ValuesRows(OutboxPrefix, OutboxColumns, NoShared, rows)}
        ) AS s ({string.Join(", ", OutboxColumns)})
        WHERE NOT EXISTS (SELECT 1 FROM {Outbox} o WITH (UPDLOCK, HOLDLOCK) WHERE o.message_id = s.message_id);
        """;

    public override string RenderClaimTimersSql() => $"""
        WITH due AS (
            SELECT TOP ({Parameter("max")}) instance_id, timer_id, due_at, lease_until
            FROM {Timers} WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE due_at <= {Parameter("now")} AND (lease_until IS NULL OR lease_until <= {Parameter("now")})
            ORDER BY due_at)
        UPDATE due
        SET lease_until = {Parameter("lease_until")}
        OUTPUT inserted.instance_id AS InstanceId, inserted.timer_id AS TimerId, inserted.due_at AS DueAt;
        """;

    public override string RenderClaimOutboxSql() => $"""
        WITH unsent AS (
            SELECT TOP ({Parameter("max")}) id, message_id, instance_id, message_type, destination, body, created_at, lease_until
            FROM {Outbox} WITH (UPDLOCK, READPAST, ROWLOCK)
            WHERE sent_at IS NULL AND (lease_until IS NULL OR lease_until <= {Parameter("now")})
            ORDER BY id)
        UPDATE unsent
        SET lease_until = {Parameter("lease_until")}
        OUTPUT inserted.id AS Id, inserted.message_id AS MessageId, inserted.instance_id AS InstanceId,
            inserted.message_type AS MessageType, inserted.destination AS Destination, inserted.body AS Body,
            inserted.created_at AS CreatedAt;
        """;

    public override string RenderCreateSchemaVersionsSql() => $"""
        IF OBJECT_ID(N'wf_schema_versions', N'U') IS NULL
            CREATE TABLE {SchemaVersions} (
                version INT NOT NULL PRIMARY KEY,
                name NVARCHAR(200) NOT NULL,
                applied_at NVARCHAR(40) NOT NULL);
        """;

    public override string RenderMigrationLockSql() => """
        DECLARE @lock INT;
        EXEC @lock = sp_getapplock @Resource = N'wf_schema', @LockMode = N'Exclusive', @LockOwner = N'Transaction', @LockTimeout = 60000;
        IF @lock < 0
            THROW 50001, N'Expected to take the wf_schema migration lock, but it timed out.', 1;
        """;

    [GeneratedRegex(@"^\s*GO\s*$", RegexOptions.Multiline | RegexOptions.IgnoreCase)]
    private static partial Regex GoLine();
}
