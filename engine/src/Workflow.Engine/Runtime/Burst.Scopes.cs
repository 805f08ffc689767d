using System.Text.Json.Nodes;
using Workflow.Engine.Activities;
using Workflow.Engine.Definitions;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>Scopes: a flowchart starts, runs until nothing is queued or waiting in it, and then completes its owner.</summary>
internal sealed partial class Burst
{
    private void OpenScope(string scopeId, string? parentScopeId, Flowchart flow, string? ownerActivityId, IReadOnlyDictionary<string, JsonNode?>? locals)
    {
        Emit(new ScopeOpened(scopeId, parentScopeId, flow.Owner.NodeId, ownerActivityId, locals));
        if (flow.Start is { } start)
        {
            Enqueue(scopeId, start);
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
            CompleteActivity(scopeId, owner, ActivityDescriptor.Done, null);
            return;
        }
        Emit(new ContainerOpened(scopeId, owner.NodeId, locals.Count));
        foreach (var local in locals)
        {
            OpenScope("s" + NextSeq, scopeId, body, owner.NodeId, local);
        }
    }

    /// <summary>Closes a scope that has nothing queued, nothing waiting and no open child scopes.</summary>
    public void CheckIdle(string scopeId)
    {
        if (State.IsFinished || !State.ScopesMutable.TryGetValue(scopeId, out var scope))
        {
            return;
        }
        if (_queued.GetValueOrDefault(scopeId) > 0 || scope.OpenContainers.Count > 0)
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
        CloseScope(scope, natural: true);
    }

    /// <summary>An end activity closes its flowchart at once, cancelling what still waits in it.</summary>
    public void EndScope(string scopeId)
    {
        if (!State.IsFinished && State.ScopesMutable.TryGetValue(scopeId, out var scope))
        {
            CloseScope(scope, natural: true);
        }
    }

    private void CloseScope(ScopeState scope, bool natural)
    {
        foreach (var child in State.ScopesMutable.Values.Where(s => s.ParentScopeId == scope.ScopeId).ToList())
        {
            CloseScope(child, natural: false);
        }
        CancelWaits(b => b.ScopeId == scope.ScopeId, natural ? "流程分支已结束" : "上级流程已结束");
        Emit(new ScopeClosed(scope.ScopeId));

        if (scope.ParentScopeId is null)
        {
            if (!State.IsFinished)
            {
                StopAllClocks();
                Emit(new InstanceFinished(WorkflowSubStatus.Finished, Now));
            }
            return;
        }
        if (natural && scope.OwnerActivityId is { } owner
            && State.ScopesMutable.TryGetValue(scope.ParentScopeId, out var parent)
            && !parent.OpenContainers.ContainsKey(owner))
        {
            CompleteActivity(parent.ScopeId, Definition.NodesById[owner], ActivityDescriptor.Done, null);
        }
    }
}
