using System.Text.Json.Nodes;
using Workflow.Engine.Activities;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Token flow within one burst: what happens on every outgoing edge when an activity completes. The rule is in
/// engine/README.md. A struct over the burst, so a command pays no allocation for it.
/// </summary>
internal readonly struct TokenFlow(Burst burst)
{
    public void CompleteActivity(string scopeId, ActivityNode node, IReadOnlyList<string> outcomes, IReadOnlyDictionary<string, JsonNode?>? inputs)
    {
        burst.Emit(new ActivityExecuted(scopeId, node.NodeId, node.Type, outcomes, inputs, burst.Now));
        if (burst.State.IsFinished || !burst.State.ScopesMutable.ContainsKey(scopeId))
        {
            return;
        }
        var flow = node.Parent!;
        HashSet<string>? dead = null;
        foreach (var connection in flow.OutboundOf(node.Id))
        {
            Deliver(scopeId, flow, connection, Taken(outcomes, connection.SourcePort), ref dead);
        }
        burst.Scopes.CheckIdle(scopeId);
    }

    private static bool Taken(IReadOnlyList<string> outcomes, string port)
    {
        for (var i = 0; i < outcomes.Count; i++)
        {
            if (string.Equals(outcomes[i], port, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private void Deliver(string scopeId, Flowchart flow, Connection connection, bool live, ref HashSet<string>? dead)
    {
        var target = connection.Target!;
        var inbound = flow.InboundOf(target.Id);
        var isJoin = inbound.Length > 1 || target.Compiled is FlowJoinSettings;
        if (!isJoin)
        {
            if (live)
            {
                burst.Enqueue(scopeId, target);
            }
            else
            {
                PropagateDead(scopeId, flow, target, ref dead);
            }
            return;
        }

        burst.Emit(new JoinArrived(scopeId, target.Id, connection.InboundIndex, live));
        var join = burst.State.ScopesMutable[scopeId].Joins[target.Id];
        var resolved = join.Arrivals.Count == inbound.Length;
        bool anyLive = false, allLive = true;
        foreach (var arrived in join.Arrivals.Values)
        {
            anyLive |= arrived;
            allLive &= arrived;
        }

        switch (JoinModeOf(target))
        {
            case MergeMode.Stream:
                if (live)
                {
                    burst.Enqueue(scopeId, target);
                }
                if (resolved)
                {
                    burst.Emit(new JoinCleared(scopeId, target.Id, Fired: false));
                    if (!anyLive)
                    {
                        PropagateDead(scopeId, flow, target, ref dead);
                    }
                }
                break;
            case MergeMode.Merge:
            case MergeMode.Converge:
                if (resolved)
                {
                    var fire = JoinModeOf(target) == MergeMode.Merge ? anyLive : allLive;
                    burst.Emit(new JoinCleared(scopeId, target.Id, Fired: false));
                    if (fire)
                    {
                        burst.Enqueue(scopeId, target);
                    }
                    else
                    {
                        PropagateDead(scopeId, flow, target, ref dead);
                    }
                }
                break;
            case MergeMode.Race:
                var fired = join.Fired;
                if (live && !fired)
                {
                    burst.Emit(new JoinCleared(scopeId, target.Id, Fired: true));
                    burst.Enqueue(scopeId, target);
                    fired = true;
                }
                if (resolved)
                {
                    burst.Emit(new JoinCleared(scopeId, target.Id, Fired: false));
                    if (!fired)
                    {
                        PropagateDead(scopeId, flow, target, ref dead);
                    }
                }
                break;
        }
    }

    private static MergeMode JoinModeOf(ActivityNode node) =>
        node.Compiled is FlowJoinSettings join ? join.Mode : node.MergeMode;

    /// <summary>A node that can no longer run passes "not taken" along all its edges, so joins downstream can resolve.</summary>
    private void PropagateDead(string scopeId, Flowchart flow, ActivityNode node, ref HashSet<string>? dead)
    {
        dead ??= new HashSet<string>(StringComparer.Ordinal);
        if (!dead.Add(node.Id))
        {
            return;
        }
        foreach (var connection in flow.OutboundOf(node.Id))
        {
            Deliver(scopeId, flow, connection, false, ref dead);
        }
    }
}
