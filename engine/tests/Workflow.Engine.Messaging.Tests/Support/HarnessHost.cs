using MassTransit;
using MassTransit.Testing;
using Microsoft.Extensions.DependencyInjection;
using Workflow.Engine.Hosting.Timers;
using Workflow.Engine.Messaging.Outbox;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// The real <c>AddWorkflowMessaging</c> registration with MassTransit's test harness in place of the transport. The
/// relay and pump loops are switched off so that each test runs exactly the rounds it names.
/// </summary>
public sealed class HarnessHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private HarnessHost(ServiceProvider provider, ITestHarness harness)
    {
        _provider = provider;
        Harness = harness;
    }

    public ITestHarness Harness { get; }

    public OutboxRelay Relay => _provider.GetRequiredService<OutboxRelay>();

    public TimerPump Pump => _provider.GetRequiredService<TimerPump>();

    public IServiceProvider Services => _provider;

    public static async Task<HarnessHost> StartAsync(TestEngine engine, IDictionary<string, string?>? settings = null,
        Action<IBusRegistrationConfigurator>? configure = null, Action<IServiceCollection>? register = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["Messaging:Outbox:Enabled"] = "false",
            ["Workflow:Timers:Enabled"] = "false",
            ["Messaging:Retry:MinInterval"] = "00:00:00.010",
            ["Messaging:Retry:MaxInterval"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }
        var services = new ServiceCollection();
        var configuration = engine.Register(services, all);
        register?.Invoke(services);
        services.AddWorkflowTimers();
        services.AddWorkflowMessaging(configuration, configure);
        services.AddMassTransitTestHarness(x => x.SetTestTimeouts(testInactivityTimeout: TimeSpan.FromSeconds(2)));
        var provider = services.BuildServiceProvider(validateScopes: true);
        var harness = provider.GetRequiredService<ITestHarness>();
        await harness.Start();
        return new HarnessHost(provider, harness);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
    }
}
