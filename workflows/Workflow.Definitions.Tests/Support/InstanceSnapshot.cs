using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Definitions.Tests.Support;

/// <summary>
/// A canonical JSON text of everything an <see cref="IInstanceView"/> holds: maps sorted by key, object properties
/// sorted at every depth, lists in their order. Two states are equal when their snapshots are.
/// </summary>
internal static class InstanceSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions Indented = new(Options) { WriteIndented = true };

    /// <summary>
    /// Rebuilds the instance from its events, as given and after a JSON round trip of every event (what a durable
    /// store does), and requires both to equal the live state.
    /// </summary>
    public static void AssertReplayEqualsLive(IReadOnlyList<WorkflowEvent> events, IInstanceView live)
    {
        var expected = Of(live);
        Assert.Equal(expected, Of(EventAppliers.Replay(events)));
        var stored = JsonSerializer.Serialize(events, Options);
        var reloaded = JsonSerializer.Deserialize<List<WorkflowEvent>>(stored, Options)!;
        Assert.Equal(expected, Of(EventAppliers.Replay(reloaded)));
    }

    public static string Of(IInstanceView v)
    {
        var snapshot = new JsonObject
        {
            ["instanceId"] = v.InstanceId,
            ["definitionId"] = v.DefinitionId,
            ["definitionVersionId"] = v.DefinitionVersionId,
            ["definitionVersion"] = v.DefinitionVersion,
            ["version"] = v.Version,
            ["subStatus"] = v.SubStatus.ToString(),
            ["isFinished"] = v.IsFinished,
            ["createdAt"] = v.CreatedAt,
            ["updatedAt"] = v.UpdatedAt,
            ["input"] = v.Input?.DeepClone(),
            ["variables"] = Map(v.Variables, value => value?.DeepClone()),
            ["scopes"] = Map(v.Scopes, Scope),
            ["bookmarks"] = Map(v.Bookmarks, Node),
            ["tasks"] = Map(v.Tasks, Task),
            ["timers"] = Map(v.Timers, Node),
            ["lines"] = new JsonArray([.. v.Lines.Select(l => (JsonNode)l)]),
            ["journal"] = new JsonArray([.. v.Journal.Select(Node)]),
            ["incidents"] = new JsonArray([.. v.Incidents.Select(Node)]),
        };
        return Sorted(snapshot)!.ToJsonString(Indented);
    }

    private static JsonObject Scope(ScopeState s) => new()
    {
        ["parentScopeId"] = s.ParentScopeId,
        ["flowchartNodeId"] = s.FlowchartNodeId,
        ["ownerActivityId"] = s.OwnerActivityId,
        ["locals"] = Map(s.Locals, value => value?.DeepClone()),
        ["joins"] = Map(s.Joins, j => new JsonObject
        {
            ["arrivals"] = Map(j.Arrivals.ToDictionary(a => a.Key.ToString("D3"), a => a.Value), live => (JsonNode)live),
            ["fired"] = j.Fired,
        }),
        ["openContainers"] = Map(s.OpenContainers, n => (JsonNode)n),
        ["chains"] = Map(s.Chains, c => new JsonObject { ["levels"] = Node(c.Levels), ["ruleSource"] = c.RuleSource }),
    };

    private static JsonObject Task(TaskState t) => new()
    {
        ["opened"] = Node(t.Opened),
        ["status"] = t.Status.ToString(),
        ["outcome"] = t.Outcome,
        ["actorId"] = t.ActorId,
        ["comment"] = t.Comment,
        ["data"] = t.Data?.DeepClone(),
        ["closedAt"] = t.ClosedAt,
    };

    private static JsonObject Map<T>(IEnumerable<KeyValuePair<string, T>> map, Func<T, JsonNode?> value)
    {
        var result = new JsonObject();
        foreach (var (key, item) in map.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            result[key] = value(item);
        }
        return result;
    }

    private static JsonNode? Node<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>Object properties in ordinal order at every depth, so insertion order never counts.</summary>
    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        _ => node?.DeepClone(),
    };
}
