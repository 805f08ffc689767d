using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ScopeClosedApplier
{
    public static void Apply(InstanceState s, ScopeClosed e)
    {
        if (!s.ScopesMutable.Remove(e.ScopeId, out var scope))
        {
            return;
        }
        // The parent container counts down its open children; it completes when the count reaches zero.
        if (scope.ParentScopeId is { } parentId && scope.OwnerActivityId is { } owner
            && s.ScopesMutable.TryGetValue(parentId, out var parent)
            && parent.OpenContainers.TryGetValue(owner, out var open))
        {
            if (open <= 1)
            {
                parent.OpenContainers.Remove(owner);
            }
            else
            {
                parent.OpenContainers[owner] = open - 1;
            }
        }
    }
}
