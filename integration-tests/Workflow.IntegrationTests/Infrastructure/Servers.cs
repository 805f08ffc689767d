namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// Where the real servers are: the only place tests read them from (never literals in a test). scripts/test.sh starts
/// throwaway servers and sets these; by hand: <c>eval "$(scripts/services/start.sh)"</c>. A missing setting fails the
/// test with this explanation; nothing is skipped.
/// </summary>
public static class Servers
{
    /// <summary>An Npgsql connection string to a database the tests may create other databases from.</summary>
    public static string Postgres => Required("WORKFLOW_PG", "a PostgreSQL connection string such as Host=127.0.0.1;Port=5432;Username=postgres;Database=wf");

    /// <summary>The RabbitMQ broker, <c>amqp://user:password@host:port/</c>.</summary>
    public static Uri Amqp => new(Required("WORKFLOW_AMQP", "a RabbitMQ URI such as amqp://guest:guest@127.0.0.1:5672/"));

    /// <summary>The broker's management API, used to give every test class a virtual host of its own.</summary>
    public static Uri AmqpAdmin => new(Required("WORKFLOW_AMQP_ADMIN", "the RabbitMQ management URI such as http://guest:guest@127.0.0.1:15672/"));

    private static string Required(string name, string what) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{name} is not set; it must be {what}. Run scripts/test.sh, which starts PostgreSQL and RabbitMQ, or start them with "
                + "`eval \"$(scripts/services/start.sh)\"` first. Integration tests fail rather than skip when a server is missing.");
}
