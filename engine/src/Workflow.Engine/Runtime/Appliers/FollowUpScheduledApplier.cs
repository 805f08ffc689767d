using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class FollowUpScheduledApplier
{
    public static void Apply(InstanceState s, FollowUpScheduled e)
    {
        var follow = s.ScopesMutable[e.ScopeId].FollowUps;
        var visited = follow.GetValueOrDefault(e.ActivityId)?.Visited ?? 0;
        follow[e.ActivityId] = new FollowUpState(e.Times, e.Visit, visited, e.DueAt);
    }
}
