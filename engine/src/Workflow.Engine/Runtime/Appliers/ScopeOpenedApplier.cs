using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class ScopeOpenedApplier
{
    public static void Apply(InstanceState s, ScopeOpened e)
    {
        var scope = new ScopeState
        {
            ScopeId = e.ScopeId,
            ParentScopeId = e.ParentScopeId,
            FlowchartNodeId = e.FlowchartNodeId,
            OwnerActivityId = e.OwnerActivityId,
        };
        if (e.Locals is not null)
        {
            foreach (var (name, value) in e.Locals)
            {
                scope.Locals[name] = value?.DeepClone();
            }
        }
        s.ScopesMutable[e.ScopeId] = scope;
    }
}
