using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;

namespace Workflow.Engine.Messaging.Tests.Support;

/// <summary>
/// The real engine on in-memory ports with fake time, plus the container wiring a host would do before calling
/// <c>AddWorkflowTimers</c> and <c>AddWorkflowMessaging</c>.
/// </summary>
public sealed class TestEngine
{
    public TestEngine()
    {
        Store = new ObservedStore(new InMemoryInstanceStore { Clock = Time });
        Executor = new WorkflowExecutor(Catalog, Store, new EngineServices(Time));
    }

    public FakeTimeProvider Time { get; } = Clocks.At("2026-03-02T01:00:00Z");

    public InMemoryDefinitionCatalog Catalog { get; } = new();

    public ObservedStore Store { get; }

    public WorkflowExecutor Executor { get; }

    public LogSink Logs { get; } = new();

    public void Publish(string json)
    {
        var read = DefinitionReader.Read(json);
        Assert.True(read.IsValid, string.Join("\n", read.Errors));
        Catalog.Publish(read.Definition!);
    }

    public async Task<IInstanceView> StartAsync(string definitionId, string instanceId = "case-1")
    {
        var result = await Executor.ExecuteAsync(new StartInstance(instanceId, definitionId, null, new JsonObject { ["divisionCode"] = TestDivisions.Village }));
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Instance!;
    }

    public async Task<IInstanceView> ViewAsync(string instanceId = "case-1") => (await Store.LoadAsync(instanceId, default))!;

    public IReadOnlyList<WorkflowEvent> Events(string instanceId = "case-1") => Store.Inner.EventsOf(instanceId);

    /// <summary>Registers this engine, its ports, configuration and logging the way a host's engine set-up would.</summary>
    public IConfiguration Register(IServiceCollection services, IDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Executor);
        services.AddSingleton<IInstanceStore>(Store);
        services.AddSingleton<ITimerStore>(Store);
        services.AddSingleton<IOutboxStore>(Store);
        services.AddSingleton<IDefinitionCatalog>(Catalog);
        return configuration;
    }
}
