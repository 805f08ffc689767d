namespace Workflow.Web.Hosting;

/// <summary>
/// Which database the host keeps its cases in, bound from <c>Workflow:Persistence</c> and validated at start-up:
/// <code>
/// "Workflow": {
///   "Persistence": {
///     "Provider": "Sqlite",      // Sqlite (default) | Postgres | SqlServer
///     "ConnectionString": "",    // empty for Sqlite: the file workflow.db in DataFolder
///     "DataFolder": "data",      // Sqlite only; relative to the working directory (scripts/run.sh: the repository's)
///     "AuditKey": "",            // base64 key of the audit chains' HMAC (e.g. from Workflow__Persistence__AuditKey)
///     "AuditKeyFile": ""         // or a file holding it; empty: <DataFolder>/audit.key, made at first start on SQLite
///   }
/// }
/// </code>
/// </summary>
public sealed class PersistenceHostOptions
{
    public const string Section = "Workflow:Persistence";

    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string SqlServer = "SqlServer";

    public string Provider { get; set; } = Sqlite;

    public string? ConnectionString { get; set; }

    public string DataFolder { get; set; } = "data";

    /// <summary>The audit chains' key as base64; it must not be stored in the database it protects.</summary>
    public string? AuditKey { get; set; }

    public string? AuditKeyFile { get; set; }

    /// <summary>The key file to read: the configured one, or <c>audit.key</c> in <see cref="DataFolder"/>.</summary>
    public string EffectiveAuditKeyFile =>
        !string.IsNullOrWhiteSpace(AuditKeyFile) ? AuditKeyFile : Path.Combine(DataFolder, "audit.key");

    /// <summary>The connection string to use: the configured one, or for SQLite the default file in <see cref="DataFolder"/>.</summary>
    public string? EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase) ? $"Data Source={Path.Combine(DataFolder, "workflow.db")}"
        : null;
}
