using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// PostgreSQL through an Npgsql data source. Every command commits on its own connection, and the server's group
/// commit coalesces the fsyncs. Claims skip rows another host has locked (<c>FOR UPDATE SKIP LOCKED</c>), and
/// migrations take a transaction-scoped advisory lock named after the current schema.
/// </summary>
public sealed class PostgresDialect : SqlDialect
{
    public static readonly PostgresDialect Instance = new();

    public override string Name => "postgres";

    public override DbType TimeDbType => DbType.DateTimeOffset;

    public override string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    /// <summary>
    /// The store's statements are few and fixed, so Npgsql prepares them automatically (the server then parses and plans
    /// each once per connection). The store sets no session state, so pooled connections skip the reset on return,
    /// which would also throw those prepared statements away. Both apply only when the connection string leaves them
    /// at Npgsql's defaults.
    /// </summary>
    public override DbDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }
        if (!settings.NoResetOnClose)
        {
            settings.NoResetOnClose = true;
        }
        return builder.Build();
    }

    /// <summary>
    /// A commit travels as one batch: Npgsql sends its statements in one round trip and the server runs them as one
    /// implicit transaction, so a duplicate key anywhere rolls back all of it.
    /// </summary>
    public override bool BatchesCommits => true;

    public override bool IsUniqueViolation(Exception exception) => exception is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };

    /// <summary>Npgsql writes <c>timestamptz</c> only from UTC values.</summary>
    public override object ToDbTime(DateTimeOffset value) => value.ToUniversalTime();

    public override string DayNumber(string column, TimeSpan offset) =>
        $"CAST(FLOOR((EXTRACT(EPOCH FROM {column}) + {((long)offset.TotalSeconds).ToString(CultureInfo.InvariantCulture)}) / 86400) AS INTEGER)";

    protected override string ClaimLockClause => "FOR UPDATE SKIP LOCKED";

    public override string MigrationLockSql => "SELECT pg_advisory_xact_lock(hashtext('wf_schema:' || current_schema()))";
}
