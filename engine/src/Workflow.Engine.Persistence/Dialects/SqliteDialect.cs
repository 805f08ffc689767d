using System.Data;
using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Workflow.Engine.Persistence.Dialects;

/// <summary>
/// The default: one SQLite file (under <c>./data</c> unless told otherwise) in WAL mode with <c>synchronous=FULL</c>,
/// so an acknowledged commit survives power loss. SQLite takes one writer at a time, so the store funnels writes
/// through one connection and coalesces concurrent commits (group commit). Times are UTC microseconds since 1970.
/// </summary>
public sealed class SqliteDialect : SqlDialect
{
    public const string DefaultConnectionString = "Data Source=data/workflow.db";

    public static readonly SqliteDialect Instance = new();

    public override string Name => "sqlite";

    public override bool SingleWriter => true;

    public override DbType TimeDbType => DbType.Int64;

    public override string QuoteIdentifier(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public override DbDataSource CreateDataSource(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        var file = builder.DataSource;
        if (file.Length > 0 && file != ":memory:" && !file.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            && Path.GetDirectoryName(Path.GetFullPath(file)) is { } directory)
        {
            Directory.CreateDirectory(directory);
        }
        return SqliteFactory.Instance.CreateDataSource(connectionString);
    }

    public override bool IsUniqueViolation(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 1555 or 2067 }; // SQLITE_CONSTRAINT_PRIMARYKEY, _UNIQUE

    public override object ToDbTime(DateTimeOffset value) => (value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond;

    /// <summary>Times are microseconds since 1970 (UTC), so the day is an integer division after shifting to the offset.</summary>
    public override string DayNumber(string column, TimeSpan offset) =>
        $"(({column} + {(offset.Ticks / TimeSpan.TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture)}) / {(TimeSpan.TicksPerDay / TimeSpan.TicksPerMicrosecond).ToString(CultureInfo.InvariantCulture)})";

    /// <summary>
    /// WAL is a property of the file and sticks; synchronous and busy_timeout are per connection. The timeout comes first,
    /// so that switching a new file to WAL waits for another host doing the same.
    /// </summary>
    public override string ConnectionSetupSql => """
        PRAGMA busy_timeout = 10000;
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        PRAGMA wal_autocheckpoint = 4000;
        """;

    /// <summary>The migration transaction is <c>BEGIN IMMEDIATE</c>, which already excludes every other writer.</summary>
    public override string MigrationLockSql => "";
}
