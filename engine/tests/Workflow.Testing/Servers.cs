using System.Net.Sockets;
using Xunit;

namespace Workflow.Testing;

/// <summary>
/// Where the real servers are: environment variables only, never literals in tests. scripts/test.sh starts throwaway
/// servers and sets them; by hand, <c>eval "$(scripts/services/start.sh)"</c>. PostgreSQL and RabbitMQ are required:
/// a missing setting or an unreachable server fails the test with this explanation, nothing is skipped. SQL Server is
/// opt-in (<c>Category=SqlServerLive</c>), because no SQL Server is available on the development machines or in CI.
/// </summary>
public static class Servers
{
    public const string PostgresVariable = "WORKFLOW_PG";

    public const string AmqpVariable = "WORKFLOW_AMQP";

    public const string AmqpAdminVariable = "WORKFLOW_AMQP_ADMIN";

    public const string SqlServerVariable = "WORKFLOW_MSSQL";

    /// <summary>An Npgsql connection string to a database the tests may create schemas and other databases from.</summary>
    public static string Postgres => Required(PostgresVariable, "a PostgreSQL connection string such as Host=127.0.0.1;Port=5432;Username=postgres;Database=wf");

    /// <summary>The RabbitMQ broker, <c>amqp://user:password@host:port/</c>.</summary>
    public static Uri Amqp => new(Required(AmqpVariable, "a RabbitMQ URI such as amqp://guest:guest@127.0.0.1:5672/"));

    /// <summary>The broker's management API, used to give every integration test class a virtual host of its own.</summary>
    public static Uri AmqpAdmin => new(Required(AmqpAdminVariable, "the RabbitMQ management URI such as http://guest:guest@127.0.0.1:15672/"));

    public static string SqlServer => Environment.GetEnvironmentVariable(SqlServerVariable) is { Length: > 0 } cs
        ? cs
        : throw new InvalidOperationException(
            $"Expected {SqlServerVariable} to hold a SQL Server connection string: the SqlServerLive tests run only against a live server.");

    /// <summary>Fails fast, with the reason, instead of letting the bus retry a dead broker until a timeout.</summary>
    public static async Task RequireRabbitMqAsync()
    {
        var uri = Amqp;
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.ConnectAsync(uri.Host, uri.Port > 0 ? uri.Port : 5672, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            Assert.Fail($"RabbitMQ is unreachable at {uri.Host}:{uri.Port} ({e.Message}). Start it with scripts/services/start.sh and export {AmqpVariable}.");
        }
    }

    private static string Required(string name, string what) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"Expected {name} to hold {what}, but it is not set. Run scripts/test.sh, which starts PostgreSQL and RabbitMQ, or start them with "
                + "`eval \"$(scripts/services/start.sh)\"` first. Tests fail rather than skip when a server is missing.");
}
