using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskClaimedApplier
{
    public static void Apply(InstanceState s, TaskClaimed e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.ClaimedBy = e.ActorId;
        task.Holder = e.ActorId;
    }
}
