namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>Command-line settings for a host under test: the test definitions, no demo data, short polling intervals.</summary>
public static class HostSettings
{
    /// <summary>This project's definitions (copied next to the tests): it-dibao-referral and it-timer-referral.</summary>
    public static string Definitions { get; } = Path.Combine(AppContext.BaseDirectory, "Definitions");

    /// <summary>PostgreSQL for the cases, RabbitMQ for the bus.</summary>
    public static Dictionary<string, string> OnServers(PostgresDatabase database, RabbitVirtualHost vhost) => new(Common)
    {
        ["Workflow:Persistence:Provider"] = "Postgres",
        ["Workflow:Persistence:ConnectionString"] = database.ConnectionString,
        ["Messaging:Transport"] = "RabbitMQ",
        ["Messaging:RabbitMq:Host"] = vhost.Amqp.ToString(),
    };

    /// <summary>The embedded default: a SQLite file and the in-memory bus.</summary>
    public static Dictionary<string, string> OnSqlite(string databaseFile) => new(Common)
    {
        ["Workflow:Persistence:Provider"] = "Sqlite",
        ["Workflow:Persistence:ConnectionString"] = $"Data Source={databaseFile}",
    };

    /// <summary>The audit chains' key of every test host (<c>wf verify-audit --key</c> takes it too).</summary>
    public static string AuditKey { get; } = Convert.ToBase64String(System.Text.Encoding.ASCII.GetBytes("integration-tests-audit-key-0123456789"));

    private static Dictionary<string, string> Common => new()
    {
        ["Workflow:DefinitionsPath"] = Definitions,
        ["Workflow:DemoData"] = "false",
        // One audit key for every host of a test, as a deployment shares one between the hosts of a database.
        ["Workflow:Persistence:AuditKey"] = AuditKey,
        // The tests name their callers with X-User headers: the testing switch of a host that listens on loopback only.
        ["Workflow:Testing:HeaderIdentity"] = "true",
        ["Workflow:Timers:Interval"] = "00:00:00.200",
        ["Workflow:SyncInterval"] = "00:00:00.200",
        ["Messaging:Outbox:PollInterval"] = "00:00:00.200",
        ["Workflow:Operations:SampleInterval"] = "00:00:01",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Workflow"] = "Information",
    };
}
