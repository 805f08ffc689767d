using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class JoinClearedApplier
{
    public static void Apply(InstanceState s, JoinCleared e)
    {
        var joins = s.ScopesMutable[e.ScopeId].Joins;
        if (e.Fired && joins.TryGetValue(e.ActivityId, out var join) && join.Arrivals.Count > 0)
        {
            // A race join keeps its arrivals so later edges of the same round are ignored.
            join.Fired = true;
            return;
        }
        joins.Remove(e.ActivityId);
    }
}
