using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

public sealed partial class InstanceState
{
    /// <summary>
    /// A copy that reads like <c>InstanceSnapshot.FromJson(InstanceSnapshot.ToJson(this))</c>, without the JSON text: every
    /// collection copied and filled in key order as the snapshot lists it, every JSON value re-read from its JSON (so it
    /// is backed by a JSON element, as a loaded value is). Records are immutable and shared. A store keeps this as the
    /// committed state and hands out <see cref="Clone"/>s of it.
    /// </summary>
    /// <remarks>
    /// Values the snapshot reader takes from the document are element-backed nodes; journal inputs come through the
    /// serializer's node converter, so they are read back through it here too.
    /// </remarks>
    internal InstanceState Reloaded() => Copy(this,
        static n => n is null ? null : Element(JsonSerializer.SerializeToElement(n, InstanceSnapshot.Options)),
        static n => n is null ? null : JsonSerializer.SerializeToElement(n, InstanceSnapshot.Options).Deserialize<JsonNode>(InstanceSnapshot.Options));

    /// <summary>A deep copy, for state read by <see cref="Reloaded"/>: collections copied in order, JSON values deep-cloned.</summary>
    internal InstanceState Clone() => Copy(this, static n => n?.DeepClone(), static n => n?.DeepClone());

    private static JsonNode? Element(JsonElement e) => InstanceSnapshot.Node(e);

    private static InstanceState Copy(InstanceState s, Func<JsonNode?, JsonNode?> node, Func<JsonNode?, JsonNode?> journalNode)
    {
        var copy = new InstanceState
        {
            InstanceId = s.InstanceId,
            DefinitionId = s.DefinitionId,
            DefinitionVersionId = s.DefinitionVersionId,
            DefinitionVersion = s.DefinitionVersion,
            Version = s.Version,
            // As FromJson reads the recorded status back from the snapshot's sub-status.
            RecordedStatus = s.SubStatus is WorkflowSubStatus.Suspended ? WorkflowSubStatus.Executing : s.SubStatus,
            CreatedAt = s.CreatedAt,
            UpdatedAt = s.UpdatedAt,
            Input = node(s.Input)?.AsObject(),
        };
        foreach (var (key, value) in Ordered(s.VariablesMutable))
        {
            copy.VariablesMutable[key] = node(value);
        }
        foreach (var (key, scope) in Ordered(s.ScopesMutable))
        {
            copy.ScopesMutable[key] = CopyScope(key, scope, node);
        }
        foreach (var (key, bookmark) in Ordered(s.BookmarksMutable))
        {
            copy.BookmarksMutable[key] = bookmark;
        }
        foreach (var (key, task) in Ordered(s.TasksMutable))
        {
            copy.TasksMutable[key] = task.Copy(node);
        }
        foreach (var (key, timer) in Ordered(s.TimersMutable))
        {
            copy.TimersMutable[key] = timer;
        }
        foreach (var (key, clock) in Ordered(s.ClocksMutable))
        {
            copy.ClocksMutable[key] = clock.Copy();
        }
        copy.LinesMutable.AddRange(s.LinesMutable);
        foreach (var entry in s.JournalMutable)
        {
            copy.JournalMutable.Add(entry.Inputs is null ? entry : entry with { Inputs = CopyNodes(entry.Inputs, journalNode) });
        }
        copy.IncidentsMutable.AddRange(s.IncidentsMutable);
        return copy;
    }

    private static ScopeState CopyScope(string id, ScopeState s, Func<JsonNode?, JsonNode?> node)
    {
        var scope = new ScopeState
        {
            ScopeId = id,
            ParentScopeId = s.ParentScopeId,
            FlowchartNodeId = s.FlowchartNodeId,
            OwnerActivityId = s.OwnerActivityId,
        };
        foreach (var (key, value) in Ordered(s.Locals))
        {
            scope.Locals[key] = node(value);
        }
        foreach (var (key, join) in Ordered(s.Joins))
        {
            var copy = new JoinState { Fired = join.Fired };
            foreach (var (edge, live) in join.Arrivals.OrderBy(a => a.Key.ToString(CultureInfo.InvariantCulture), StringComparer.Ordinal))
            {
                copy.Arrivals[edge] = live;
            }
            scope.Joins[key] = copy;
        }
        foreach (var (key, count) in Ordered(s.OpenContainers))
        {
            scope.OpenContainers[key] = count;
        }
        foreach (var (key, chain) in Ordered(s.Chains))
        {
            scope.Chains[key] = chain;
        }
        foreach (var (key, follow) in Ordered(s.FollowUps))
        {
            scope.FollowUps[key] = follow;
        }
        return scope;
    }

    /// <summary>The inputs in their own order, as JSON reads a dictionary back.</summary>
    private static Dictionary<string, JsonNode?> CopyNodes(IReadOnlyDictionary<string, JsonNode?> nodes, Func<JsonNode?, JsonNode?> node)
    {
        var copy = new Dictionary<string, JsonNode?>(nodes.Count);
        foreach (var (key, value) in nodes)
        {
            copy[key] = node(value);
        }
        return copy;
    }

    private static IEnumerable<KeyValuePair<string, T>> Ordered<T>(Dictionary<string, T> items) => items.OrderBy(i => i.Key, StringComparer.Ordinal);
}
