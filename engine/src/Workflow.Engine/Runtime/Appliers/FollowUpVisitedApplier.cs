using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class FollowUpVisitedApplier
{
    /// <summary>The last visit ends the schedule, so a loop back to the activity starts a new one.</summary>
    public static void Apply(InstanceState s, FollowUpVisited e)
    {
        var follow = s.ScopesMutable[e.ScopeId].FollowUps;
        var state = follow[e.ActivityId];
        if (e.Visits >= state.Times)
        {
            follow.Remove(e.ActivityId);
        }
        else
        {
            follow[e.ActivityId] = state with { Visited = e.Visits };
        }
    }
}
