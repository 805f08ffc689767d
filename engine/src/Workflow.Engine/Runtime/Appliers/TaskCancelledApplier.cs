using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskCancelledApplier
{
    public static void Apply(InstanceState s, TaskCancelled e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.Status = Workflow.Engine.State.TaskLifecycle.Cancelled;
        task.Comment = e.Reason;
    }
}
