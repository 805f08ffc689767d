using Microsoft.Extensions.Time.Testing;
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
    public Harness(EngineOptions? options = null, Ports.IRoutingTable? routing = null, Ports.IAssignmentResolver? assignments = null,
        Ports.IWorkingCalendar? calendar = null)
    {
        Executor = new WorkflowExecutor(Catalog, Store, new EngineServices(Time, options, calendar, routing, assignments));
    }

    public FakeTimeProvider Time { get; } = Clocks.At("2026-03-02T09:00:00+08:00");

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
        var replayedState = EventAppliers.Replay(Store.EventsOf(id));
        var replayed = InstanceSnapshot.ToJson(replayedState);
        // What a store keeps after a commit, and the copies it hands out, read like the snapshot loaded back.
        var reloaded = replayedState.Reloaded();
        Assert.Equal(replayed, InstanceSnapshot.ToJson(reloaded));
        Assert.Equal(replayed, InstanceSnapshot.ToJson(reloaded.Clone()));
        Assert.Equal(InstanceSnapshot.ToJson(InstanceSnapshot.FromJson(replayed).Clone()), replayed);
        var loaded = InstanceSnapshot.FromJson(replayed);
        Assert.Equal(NodeKinds(InstanceSnapshot.FromNode(System.Text.Json.Nodes.JsonNode.Parse(replayed)!.AsObject())), NodeKinds(loaded));
        Assert.Equal(NodeKinds(loaded), NodeKinds(reloaded));
        Assert.Equal(NodeKinds(loaded), NodeKinds(reloaded.Clone()));
        Assert.Equal(live, replayed);
        Assert.Equal(live, InstanceSnapshot.ToJson(InstanceSnapshot.FromJson(live)));
        // The snapshot is written straight to a Utf8JsonWriter; it must stay byte-identical to the node-tree rendering.
        Assert.Equal(InstanceSnapshot.ToNode(await View(id)).ToJsonString(NodeRendering), live);
    }

    /// <summary>The CLR types of the JSON values a state holds, in order: a kept copy must hold the kinds a load does.</summary>
    private static string NodeKinds(InstanceState s)
    {
        static string Kind(System.Text.Json.Nodes.JsonNode? n) => n?.GetType().Name ?? "null";
        var kinds = new List<string> { Kind(s.Input) };
        kinds.AddRange(s.Variables.Select(v => v.Key + "=" + Kind(v.Value)));
        kinds.AddRange(s.Scopes.Values.SelectMany(sc => sc.Locals.Select(v => sc.ScopeId + "." + v.Key + "=" + Kind(v.Value))));
        kinds.AddRange(s.Tasks.Values.Select(t => t.TaskId + "=" + Kind(t.Data)));
        kinds.AddRange(s.Journal.SelectMany(j => j.Inputs?.Select(v => j.NodeId + "." + v.Key + "=" + Kind(v.Value)) ?? []));
        kinds.AddRange(s.Variables.Keys.Concat(s.Tasks.Keys).Concat(s.Scopes.Keys).Concat(s.Timers.Keys).Concat(s.Bookmarks.Keys));
        return string.Join("\n", kinds);
    }

    private static readonly System.Text.Json.JsonSerializerOptions NodeRendering = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
