using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Schema;

/// <summary>The migration runner's own statements: its bookkeeping table and rows (the lock is the dialect's).</summary>
internal sealed class SchemaSql
{
    public SchemaSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        var versions = dialect.QuoteIdentifier("wf_schema_versions");
        CreateSchemaVersions = dialect.CreateTableIfAbsent("wf_schema_versions", $"""
            version {dialect.IntegerType} NOT NULL PRIMARY KEY,
                name {dialect.TextType(200)} NOT NULL,
                applied_at {dialect.TextType(40)} NOT NULL
            """);
        AppliedVersions = $"""
            SELECT version
            FROM {versions}
            ORDER BY version
            """;
        RecordVersion = $"""
            INSERT INTO {versions} (version, name, applied_at)
            VALUES ({dialect.Parameter("version")}, {dialect.Parameter("name")}, {dialect.Parameter("applied_at")})
            """;
    }

    public static SchemaSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new SchemaSql(d));

    public string CreateSchemaVersions { get; }

    public string AppliedVersions { get; }

    public string RecordVersion { get; }
}
