using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class JoinArrivedApplier
{
    public static void Apply(InstanceState s, JoinArrived e)
    {
        var joins = s.ScopesMutable[e.ScopeId].Joins;
        if (!joins.TryGetValue(e.ActivityId, out var join))
        {
            join = new JoinState();
            joins[e.ActivityId] = join;
        }
        join.Arrivals[e.EdgeIndex] = e.Live;
    }
}
