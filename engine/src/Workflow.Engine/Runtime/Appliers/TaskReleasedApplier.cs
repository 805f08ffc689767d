using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskReleasedApplier
{
    public static void Apply(InstanceState s, TaskReleased e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.ClaimedBy = null;
        task.Holder = null;
    }
}
