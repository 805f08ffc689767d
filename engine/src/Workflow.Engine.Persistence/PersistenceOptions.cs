using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Which database the durable runtime uses: <c>o.UseSqlite()</c> (the default, a file under <c>./data</c>),
/// <c>o.UsePostgres(cs)</c> or <c>o.UseSqlServer(cs)</c>. Checked at start-up by <see cref="PersistenceOptionsValidator"/>.
/// </summary>
public sealed class PersistenceOptions
{
    public SqlDialect? Dialect { get; set; }

    public string? ConnectionString { get; set; }

    /// <summary>Group concurrent commits into shared transactions; null takes the dialect's choice (on for SQLite only).</summary>
    public bool? GroupCommit { get; set; }

    /// <summary>The most writes one grouped transaction carries.</summary>
    public int MaxGroupCommitBatch { get; set; } = 256;

    /// <summary>
    /// The key of the audit chains' HMAC (at least 32 bytes), kept outside the database; null chains with plain
    /// SHA-256, which anyone who can write to the database could recompute.
    /// </summary>
    public byte[]? AuditKey { get; set; }

    /// <summary>Apply schema migrations when the host starts.</summary>
    public bool MigrateOnStart { get; set; } = true;

    public PersistenceOptions UseSqlite(string connectionString = SqliteDialect.DefaultConnectionString) =>
        Use(SqliteDialect.Instance, connectionString);

    public PersistenceOptions UsePostgres(string connectionString) => Use(PostgresDialect.Instance, connectionString);

    public PersistenceOptions UseSqlServer(string connectionString) => Use(SqlServerDialect.Instance, connectionString);

    public PersistenceOptions Use(SqlDialect dialect, string connectionString)
    {
        Dialect = dialect;
        ConnectionString = connectionString;
        return this;
    }
}
