using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskWithdrawnApplier
{
    /// <summary>The reopened step goes straight back to the user who withdrew it.</summary>
    public static void Apply(InstanceState s, TaskWithdrawn e)
    {
        var task = s.TasksMutable[e.NewTaskId];
        task.ClaimedBy = e.ActorId;
        task.Holder = e.ActorId;
    }
}
