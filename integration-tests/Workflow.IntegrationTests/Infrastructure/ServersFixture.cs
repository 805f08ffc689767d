namespace Workflow.IntegrationTests.Infrastructure;

/// <summary>
/// A fresh PostgreSQL database and RabbitMQ virtual host for one test class, with <see cref="HostCount"/> web hosts on
/// them, each a separate process. Everything is torn down afterwards. A server that is down fails the class here.
/// </summary>
public abstract class ServersFixture : IAsyncLifetime
{
    private readonly List<WebHostProcess> _hosts = [];

    public PostgresDatabase Database { get; private set; } = null!;

    public RabbitVirtualHost VirtualHost { get; private set; } = null!;

    public IReadOnlyList<WebHostProcess> Hosts => _hosts;

    protected abstract int HostCount { get; }

    /// <summary>Settings each host gets on top of <see cref="HostSettings.OnServers"/>.</summary>
    protected virtual void Configure(Dictionary<string, string> settings)
    {
    }

    public async Task InitializeAsync()
    {
        Database = await PostgresDatabase.CreateAsync();
        VirtualHost = await RabbitVirtualHost.CreateAsync();
        for (var i = 0; i < HostCount; i++)
        {
            var settings = HostSettings.OnServers(Database, VirtualHost);
            Configure(settings);
            // One after the other: the first migrates the schema, the next finds it current.
            _hosts.Add(await WebHostProcess.StartAsync($"host-{(char)('a' + i)}", settings));
        }
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        if (VirtualHost is not null)
        {
            await VirtualHost.DisposeAsync();
        }
        if (Database is not null)
        {
            await Database.DisposeAsync();
        }
    }

    /// <summary>The hosts' output, for a failure message.</summary>
    public string Output => string.Join("\n", _hosts.Select(h => h.Output));
}
