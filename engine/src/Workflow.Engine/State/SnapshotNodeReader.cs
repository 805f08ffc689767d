using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>Reads a snapshot's node tree back into a live state (<see cref="InstanceSnapshot.FromNode"/>).</summary>
internal static class SnapshotNodeReader
{
    public static InstanceState Read(JsonObject o)
    {
        var subStatus = Enum.Parse<WorkflowSubStatus>(o["subStatus"]!.GetValue<string>());
        var state = new InstanceState
        {
            InstanceId = o["instanceId"]!.GetValue<string>(),
            DefinitionId = o["definitionId"]!.GetValue<string>(),
            DefinitionVersionId = o["definitionVersionId"]!.GetValue<string>(),
            DefinitionVersion = o["definitionVersion"]!.GetValue<int>(),
            Version = o["version"]!.GetValue<long>(),
            RecordedStatus = subStatus is WorkflowSubStatus.Suspended ? WorkflowSubStatus.Executing : subStatus,
            CreatedAt = o["createdAt"]!.GetValue<DateTimeOffset>(),
            UpdatedAt = o["updatedAt"]!.GetValue<DateTimeOffset>(),
            Input = o["input"]?.DeepClone().AsObject(),
        };
        foreach (var (name, value) in o["variables"]!.AsObject())
        {
            state.VariablesMutable[name] = value?.DeepClone();
        }
        foreach (var (id, node) in o["scopes"]!.AsObject())
        {
            state.ScopesMutable[id] = ReadScopeNode(id, node!.AsObject());
        }
        foreach (var (id, node) in o["bookmarks"]!.AsObject())
        {
            state.BookmarksMutable[id] = node.Deserialize<BookmarkState>(InstanceSnapshot.Options)!;
        }
        foreach (var (id, node) in o["tasks"]!.AsObject())
        {
            var t = node!.AsObject();
            state.TasksMutable[id] = SnapshotTaskOperations.Read(new TaskState
            {
                Opened = t["opened"].Deserialize<TaskOpened>(InstanceSnapshot.Options)!,
                Status = Enum.Parse<TaskLifecycle>(t["status"]!.GetValue<string>()),
                DueAt = t["dueAt"]?.GetValue<DateTimeOffset>(),
                Outcome = t["outcome"]?.GetValue<string>(),
                ActorId = t["actor"]?.GetValue<string>(),
                Comment = t["comment"]?.GetValue<string>(),
                Data = t["data"]?.DeepClone().AsObject(),
                ClosedAt = t["closedAt"]?.GetValue<DateTimeOffset>(),
            }, t);
        }
        foreach (var (id, node) in o["timers"]!.AsObject())
        {
            state.TimersMutable[id] = node.Deserialize<TimerState>(InstanceSnapshot.Options)!;
        }
        foreach (var (id, node) in o["clocks"]?.AsObject() ?? [])
        {
            state.ClocksMutable[id] = node.Deserialize<ClockState>(InstanceSnapshot.Options)!;
        }
        state.LinesMutable.AddRange(o["lines"]!.AsArray().Select(l => l!.GetValue<string>()));
        state.JournalMutable.AddRange(o["journal"].Deserialize<List<JournalEntry>>(InstanceSnapshot.Options)!);
        state.IncidentsMutable.AddRange(o["incidents"].Deserialize<List<IncidentRecorded>>(InstanceSnapshot.Options)!);
        return state;
    }

    private static ScopeState ReadScopeNode(string id, JsonObject s)
    {
        var scope = new ScopeState
        {
            ScopeId = id,
            ParentScopeId = s["parent"]?.GetValue<string>(),
            FlowchartNodeId = s["flowchart"]!.GetValue<string>(),
            OwnerActivityId = s["owner"]?.GetValue<string>(),
        };
        foreach (var (name, value) in s["locals"]!.AsObject())
        {
            scope.Locals[name] = value?.DeepClone();
        }
        foreach (var (node, j) in s["joins"]!.AsObject())
        {
            var join = new JoinState { Fired = j!["fired"]!.GetValue<bool>() };
            foreach (var (edge, live) in j["arrivals"]!.AsObject())
            {
                join.Arrivals[int.Parse(edge, CultureInfo.InvariantCulture)] = live!.GetValue<bool>();
            }
            scope.Joins[node] = join;
        }
        foreach (var (owner, count) in s["containers"]!.AsObject())
        {
            scope.OpenContainers[owner] = count!.GetValue<int>();
        }
        foreach (var (activity, chain) in s["chains"]!.AsObject())
        {
            scope.Chains[activity] = chain.Deserialize<ChainState>(InstanceSnapshot.Options)!;
        }
        foreach (var (activity, follow) in s["followUps"]?.AsObject() ?? [])
        {
            scope.FollowUps[activity] = follow.Deserialize<FollowUpState>(InstanceSnapshot.Options)!;
        }
        return scope;
    }
}
