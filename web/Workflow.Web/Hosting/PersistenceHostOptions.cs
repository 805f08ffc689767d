namespace Workflow.Web.Hosting;

/// <summary>
/// Which database the host keeps its cases in, bound from <c>Workflow:Persistence</c> and validated at start-up:
/// <code>
/// "Workflow": {
///   "Persistence": {
///     "Provider": "Sqlite",      // Sqlite (default) | Postgres | SqlServer
///     "ConnectionString": "",    // empty for Sqlite: the file workflow.db in DataFolder
///     "DataFolder": "data"       // Sqlite only; relative to the working directory (scripts/run.sh: the repository's)
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

    /// <summary>The connection string to use: the configured one, or for SQLite the default file in <see cref="DataFolder"/>.</summary>
    public string? EffectiveConnectionString =>
        !string.IsNullOrWhiteSpace(ConnectionString) ? ConnectionString
        : string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase) ? $"Data Source={Path.Combine(DataFolder, "workflow.db")}"
        : null;
}
