namespace Workflow.Engine.Persistence.Dialects;

/// <summary>The migration runner's own statements: its lock, its bookkeeping table and rows.</summary>
public abstract partial class SqlDialect
{
    /// <summary>Taken inside the migration transaction so that two hosts starting at once migrate one after the other.</summary>
    public abstract string RenderMigrationLockSql();

    public virtual string RenderCreateSchemaVersionsSql() => $"""
        CREATE TABLE IF NOT EXISTS {SchemaVersions} (
            version INTEGER NOT NULL PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            applied_at VARCHAR(40) NOT NULL
        )
        """;

    public virtual string RenderAppliedVersionsSql() => $"""
        SELECT version
        FROM {SchemaVersions}
        ORDER BY version
        """;

    public virtual string RenderRecordVersionSql() => $"""
        INSERT INTO {SchemaVersions} (version, name, applied_at)
        VALUES ({Parameter("version")}, {Parameter("name")}, {Parameter("applied_at")})
        """;
}
