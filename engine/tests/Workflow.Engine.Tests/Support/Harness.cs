using System.Text.Json.Nodes;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.Serialization;
using Workflow.Engine.State;

namespace Workflow.Engine.Tests.Support;

/// <summary>The real engine on in-memory ports, with fake time.</summary>
public sealed class Harness
{
    public Harness(EngineOptions? options = null, Ports.IRoutingTable? routing = null)
    {
        Executor = new WorkflowExecutor(Catalog, Store, new EngineServices(Time, options, routing: routing));
    }

    public ManualTime Time { get; } = ManualTime.At("2026-03-02T09:00:00+08:00");

    public InMemoryDefinitionCatalog Catalog { get; } = new();

    public InMemoryInstanceStore Store { get; } = new();

    public WorkflowExecutor Executor { get; }

    public WorkflowDefinition Publish(string json)
    {
        var result = DefinitionReader.Read(json);
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Catalog.Publish(result.Definition!);
        return result.Definition!;
    }

    public async Task<ExecutionResult> Run(WorkflowCommand command) => await Executor.ExecuteAsync(command);

    public async Task<IInstanceView> Start(WorkflowDefinition definition, string id = "case-1", JsonObject? input = null)
    {
        var result = await Run(new StartInstance(id, definition.DefinitionId, definition.Version, input));
        Assert.True(result.IsAccepted, result.Rejection?.ToString());
        return result.Instance!;
    }

    public async Task<IInstanceView> View(string id = "case-1") => (await Store.LoadAsync(id, default))!;

    /// <summary>The invariant every scenario ends with: replaying the committed events rebuilds the live state.</summary>
    public async Task AssertReplayMatches(string id = "case-1")
    {
        var live = InstanceSnapshot.ToJson(await View(id));
        var replayed = InstanceSnapshot.ToJson(EventAppliers.Replay(Store.EventsOf(id)));
        Assert.Equal(live, replayed);
        Assert.Equal(live, InstanceSnapshot.ToJson(InstanceSnapshot.FromJson(live)));
    }
}
