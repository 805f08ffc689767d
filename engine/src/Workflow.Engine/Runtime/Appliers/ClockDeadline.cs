using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

/// <summary>A step clock and its task row agree on the deadline; every applier that moves one moves the other.</summary>
internal static class ClockDeadline
{
    public static void MoveTaskDeadline(InstanceState s, string? taskId, DateTimeOffset dueAt)
    {
        if (taskId is not null && s.TasksMutable.TryGetValue(taskId, out var task))
        {
            task.DueAt = dueAt;
        }
    }
}
