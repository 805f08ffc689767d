using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>
/// Reads a snapshot's JSON back into a live state (<see cref="InstanceSnapshot.FromJson"/>):
/// <c>FromJson(ToJson(s))</c> has the same snapshot as <c>s</c>.
/// </summary>
internal static class SnapshotJsonReader
{

    public static InstanceState Read(string json)
    {
        // Read from one (unpooled) document; the JSON-valued parts become nodes over its elements, as JsonNode.Parse
        // would give, and the typed parts deserialize from the element without a node tree in between.
        var root = JsonSerializer.Deserialize<JsonElement>(json);
        if (root.ValueKind is JsonValueKind.Null)
        {
            throw new JsonException("An instance snapshot is empty.");
        }
        var subStatus = Enum.Parse<WorkflowSubStatus>(root.GetProperty("subStatus").GetString()!);
        var state = new InstanceState
        {
            InstanceId = root.GetProperty("instanceId").GetString()!,
            DefinitionId = root.GetProperty("definitionId").GetString()!,
            DefinitionVersionId = root.GetProperty("definitionVersionId").GetString()!,
            DefinitionVersion = root.GetProperty("definitionVersion").GetInt32(),
            Version = root.GetProperty("version").GetInt64(),
            RecordedStatus = subStatus is WorkflowSubStatus.Suspended ? WorkflowSubStatus.Executing : subStatus,
            CreatedAt = root.GetProperty("createdAt").GetDateTimeOffset(),
            UpdatedAt = root.GetProperty("updatedAt").GetDateTimeOffset(),
            Input = Node(Optional(root, "input"))?.AsObject(),
        };
        foreach (var p in root.GetProperty("variables").EnumerateObject())
        {
            state.VariablesMutable[p.Name] = Node(p.Value);
        }
        foreach (var p in root.GetProperty("scopes").EnumerateObject())
        {
            state.ScopesMutable[p.Name] = ReadScope(p.Name, p.Value);
        }
        foreach (var p in root.GetProperty("bookmarks").EnumerateObject())
        {
            state.BookmarksMutable[p.Name] = p.Value.Deserialize<BookmarkState>(InstanceSnapshot.Options)!;
        }
        foreach (var p in root.GetProperty("tasks").EnumerateObject())
        {
            var t = p.Value;
            state.TasksMutable[p.Name] = SnapshotTaskOperations.Read(new TaskState
            {
                Opened = t.GetProperty("opened").Deserialize<TaskOpened>(InstanceSnapshot.Options)!,
                Status = Enum.Parse<TaskLifecycle>(t.GetProperty("status").GetString()!),
                DueAt = Optional(t, "dueAt")?.GetDateTimeOffset(),
                Outcome = Optional(t, "outcome")?.GetString(),
                ActorId = Optional(t, "actor")?.GetString(),
                Comment = Optional(t, "comment")?.GetString(),
                Data = Node(Optional(t, "data"))?.AsObject(),
                ClosedAt = Optional(t, "closedAt")?.GetDateTimeOffset(),
            }, t);
        }
        foreach (var p in root.GetProperty("timers").EnumerateObject())
        {
            state.TimersMutable[p.Name] = p.Value.Deserialize<TimerState>(InstanceSnapshot.Options)!;
        }
        if (Optional(root, "clocks") is { } clocks)
        {
            foreach (var p in clocks.EnumerateObject())
            {
                state.ClocksMutable[p.Name] = p.Value.Deserialize<ClockState>(InstanceSnapshot.Options)!;
            }
        }
        foreach (var line in root.GetProperty("lines").EnumerateArray())
        {
            state.LinesMutable.Add(line.GetString()!);
        }
        state.JournalMutable.AddRange(root.GetProperty("journal").Deserialize<List<JournalEntry>>(InstanceSnapshot.Options)!);
        state.IncidentsMutable.AddRange(root.GetProperty("incidents").Deserialize<List<IncidentRecorded>>(InstanceSnapshot.Options)!);
        return state;
    }

    /// <summary>The property, or null when it is missing or JSON null (as a node lookup would read it).</summary>
    internal static JsonElement? Optional(JsonElement o, string name) =>
        o.TryGetProperty(name, out var value) && value.ValueKind is not JsonValueKind.Null ? value : null;

    /// <summary>The node <see cref="JsonNode.Parse(string, JsonNodeOptions?, JsonDocumentOptions)"/> gives for the element.</summary>
    internal static JsonNode? Node(JsonElement? element) => element switch
    {
        null => null,
        { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.Object } e => JsonObject.Create(e),
        { ValueKind: JsonValueKind.Array } e => JsonArray.Create(e),
        { } e => JsonValue.Create(e),
    };

    private static ScopeState ReadScope(string id, JsonElement s)
    {
        var scope = new ScopeState
        {
            ScopeId = id,
            ParentScopeId = Optional(s, "parent")?.GetString(),
            FlowchartNodeId = s.GetProperty("flowchart").GetString()!,
            OwnerActivityId = Optional(s, "owner")?.GetString(),
        };
        foreach (var p in s.GetProperty("locals").EnumerateObject())
        {
            scope.Locals[p.Name] = Node(p.Value);
        }
        foreach (var p in s.GetProperty("joins").EnumerateObject())
        {
            var join = new JoinState { Fired = p.Value.GetProperty("fired").GetBoolean() };
            foreach (var a in p.Value.GetProperty("arrivals").EnumerateObject())
            {
                join.Arrivals[int.Parse(a.Name, CultureInfo.InvariantCulture)] = a.Value.GetBoolean();
            }
            scope.Joins[p.Name] = join;
        }
        foreach (var p in s.GetProperty("containers").EnumerateObject())
        {
            scope.OpenContainers[p.Name] = p.Value.GetInt32();
        }
        foreach (var p in s.GetProperty("chains").EnumerateObject())
        {
            scope.Chains[p.Name] = p.Value.Deserialize<ChainState>(InstanceSnapshot.Options)!;
        }
        if (s.TryGetProperty("followUps", out var followUps))
        {
            foreach (var p in followUps.EnumerateObject())
            {
                scope.FollowUps[p.Name] = p.Value.Deserialize<FollowUpState>(InstanceSnapshot.Options)!;
            }
        }
        return scope;
    }
}
