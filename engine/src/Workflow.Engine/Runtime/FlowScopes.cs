using System.Text.Json.Nodes;
using Workflow.Engine.Activities;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Scopes within one burst: a flowchart starts, runs until nothing is queued or waiting in it, and then completes its
/// owner. A struct over the burst, so a command pays no allocation for it.
/// </summary>
internal readonly struct FlowScopes(Burst burst)
{
    public const string RootScopeId = "root";

    private InstanceState State => burst.State;

    public void Open(string scopeId, string? parentScopeId, Flowchart flow, string? ownerActivityId, IReadOnlyDictionary<string, JsonNode?>? locals)
    {
        burst.Emit(new ScopeOpened(scopeId, parentScopeId, flow.Owner.NodeId, ownerActivityId, locals));
        if (flow.Start is { } start)
        {
            burst.Enqueue(scopeId, start);
        }
        else
        {
            CheckIdle(scopeId);
        }
    }

    public void OpenChildren(string scopeId, ActivityNode owner, Flowchart body, IReadOnlyList<IReadOnlyDictionary<string, JsonNode?>?> locals)
    {
        if (locals.Count == 0)
        {
            burst.Flow.CompleteActivity(scopeId, owner, ActivityDescriptor.Done, null);
            return;
        }
        burst.Emit(new ContainerOpened(scopeId, owner.NodeId, locals.Count));
        foreach (var local in locals)
        {
            Open("s" + burst.NextSeq, scopeId, body, owner.NodeId, local);
        }
    }

    /// <summary>Closes a scope that has nothing queued, nothing waiting and no open child scopes.</summary>
    public void CheckIdle(string scopeId)
    {
        if (State.IsFinished || !State.ScopesMutable.TryGetValue(scopeId, out var scope))
        {
            return;
        }
        if (burst.HasQueued(scopeId) || scope.OpenContainers.Count > 0)
        {
            return;
        }
        foreach (var bookmark in State.BookmarksMutable.Values)
        {
            if (bookmark.ScopeId == scopeId)
            {
                return;
            }
        }
        Close(scope, natural: true);
    }

    /// <summary>An end activity closes its flowchart at once, cancelling what still waits in it.</summary>
    public void End(string scopeId)
    {
        if (!State.IsFinished && State.ScopesMutable.TryGetValue(scopeId, out var scope))
        {
            Close(scope, natural: true);
        }
    }

    /// <summary>Ends the whole workflow by closing the root scope, as if its owner were cut off.</summary>
    public void FinishWorkflow()
    {
        if (State.ScopesMutable.TryGetValue(RootScopeId, out var root))
        {
            Close(root, natural: false);
        }
    }

    private void Close(ScopeState scope, bool natural)
    {
        foreach (var child in State.ScopesMutable.Values.Where(s => s.ParentScopeId == scope.ScopeId).ToList())
        {
            Close(child, natural: false);
        }
        burst.CancelWaits(b => b.ScopeId == scope.ScopeId, natural ? "流程分支已结束" : "上级流程已结束");
        burst.Emit(new ScopeClosed(scope.ScopeId));

        if (scope.ParentScopeId is null)
        {
            if (!State.IsFinished)
            {
                burst.Clocks.StopAll();
                burst.Emit(new InstanceFinished(WorkflowSubStatus.Finished, burst.Now));
            }
            return;
        }
        if (natural && scope.OwnerActivityId is { } owner
            && State.ScopesMutable.TryGetValue(scope.ParentScopeId, out var parent)
            && !parent.OpenContainers.ContainsKey(owner))
        {
            burst.Flow.CompleteActivity(parent.ScopeId, burst.Definition.NodesById[owner], ActivityDescriptor.Done, null);
        }
    }
}
