namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// Where the test databases are: environment variables only, never literals in tests. PostgreSQL is required (a
/// missing or unreachable server fails the suite; scripts/services/start.sh prints the export); SQL Server is opt-in.
/// </summary>
public static class Servers
{
    public const string PostgresVariable = "WORKFLOW_PG";

    public const string SqlServerVariable = "WORKFLOW_MSSQL";

    public static string Postgres => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"Expected {PostgresVariable} to hold a PostgreSQL connection string, but it is not set. Start the test servers with " +
            "scripts/services/start.sh and export what it prints.");

    public static string SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"Expected {SqlServerVariable} to hold a SQL Server connection string: the SqlServerLive tests run only against a live server.");
}
