using System.Net;
using System.Net.Sockets;

namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>A loopback port nothing listens on right now: the kernel picks it, so other processes' ports are never hit.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
