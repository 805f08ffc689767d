using System.Net.Sockets;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// Where the real servers are: <c>WORKFLOW_AMQP</c> as printed by <c>scripts/services/start.sh</c>, with a loopback
/// default. Tests that need a broker fail, never skip, when it is unreachable.
/// </summary>
public static class Servers
{
    public static string Amqp => Environment.GetEnvironmentVariable("WORKFLOW_AMQP") is { Length: > 0 } uri ? uri : "amqp://guest:guest@127.0.0.1:5672/";

    /// <summary>Fails fast, with the reason, instead of letting the bus retry a dead broker until a timeout.</summary>
    public static async Task RequireRabbitMqAsync()
    {
        var uri = new Uri(Amqp);
        using var client = new TcpClient();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await client.ConnectAsync(uri.Host, uri.Port > 0 ? uri.Port : 5672, timeout.Token);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            Assert.Fail($"RabbitMQ is unreachable at {uri.Host}:{uri.Port} ({e.Message}). Start it with scripts/services/start.sh and export WORKFLOW_AMQP.");
        }
    }
}
