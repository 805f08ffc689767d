using System.Text.Json;
using System.Text.Json.Nodes;

namespace Workflow.Engine.State;

/// <summary>The snapshot as a node tree (<see cref="InstanceSnapshot.ToNode"/>).</summary>
internal static class SnapshotNodeWriter
{
    public static JsonObject Write(IInstanceView view) => new()
    {
        ["instanceId"] = view.InstanceId,
        ["definitionId"] = view.DefinitionId,
        ["definitionVersionId"] = view.DefinitionVersionId,
        ["definitionVersion"] = view.DefinitionVersion,
        ["version"] = view.Version,
        ["subStatus"] = view.SubStatus.ToString(),
        ["createdAt"] = view.CreatedAt,
        ["updatedAt"] = view.UpdatedAt,
        ["input"] = view.Input?.DeepClone(),
        ["variables"] = Sorted(view.Variables, v => v?.DeepClone()),
        ["scopes"] = Sorted(view.Scopes, s => WithFollowUps(new JsonObject
        {
            ["parent"] = s.ParentScopeId,
            ["flowchart"] = s.FlowchartNodeId,
            ["owner"] = s.OwnerActivityId,
            ["locals"] = Sorted(s.Locals, v => v?.DeepClone()),
            ["joins"] = Sorted(s.Joins, j => new JsonObject
            {
                ["fired"] = j.Fired,
                ["arrivals"] = Sorted(j.Arrivals.ToDictionary(a => a.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), a => a.Value), a => a),
            }),
            ["containers"] = Sorted(s.OpenContainers, c => c),
            ["chains"] = Sorted(s.Chains, c => JsonSerializer.SerializeToNode(c, InstanceSnapshot.Options)),
        }, s)),
        ["bookmarks"] = Sorted(view.Bookmarks, b => JsonSerializer.SerializeToNode(b, InstanceSnapshot.Options)),
        ["tasks"] = Sorted(view.Tasks, t =>
        {
            var task = new JsonObject
            {
                ["opened"] = JsonSerializer.SerializeToNode(t.Opened, InstanceSnapshot.Options),
                ["status"] = t.Status.ToString(),
                ["dueAt"] = t.DueAt,
                ["outcome"] = t.Outcome,
                ["actor"] = t.ActorId,
                ["comment"] = t.Comment,
                ["data"] = t.Data?.DeepClone(),
                ["closedAt"] = t.ClosedAt,
            };
            SnapshotTaskOperations.Add(task, t);
            return task;
        }),
        ["timers"] = Sorted(view.Timers, t => JsonSerializer.SerializeToNode(t, InstanceSnapshot.Options)),
        ["clocks"] = Sorted(view.Clocks, c => JsonSerializer.SerializeToNode(c, InstanceSnapshot.Options)),
        ["lines"] = new JsonArray(view.Lines.Select(l => (JsonNode?)l).ToArray()),
        ["journal"] = JsonSerializer.SerializeToNode(view.Journal, InstanceSnapshot.Options),
        ["incidents"] = JsonSerializer.SerializeToNode(view.Incidents, InstanceSnapshot.Options),
    };

    /// <summary>A scope's follow-up schedules, written only when present (as <see cref="SnapshotJsonWriter"/> does).</summary>
    private static JsonObject WithFollowUps(JsonObject scope, ScopeState s)
    {
        if (s.FollowUps.Count > 0)
        {
            scope["followUps"] = Sorted(s.FollowUps, f => JsonSerializer.SerializeToNode(f, InstanceSnapshot.Options));
        }
        return scope;
    }

    private static JsonObject Sorted<T>(IEnumerable<KeyValuePair<string, T>> items, Func<T, JsonNode?> render)
    {
        var result = new JsonObject();
        foreach (var (key, value) in items.OrderBy(i => i.Key, StringComparer.Ordinal))
        {
            result[key] = render(value);
        }
        return result;
    }
}
