using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskOpenedApplier
{
    public static void Apply(InstanceState s, TaskOpened e) => s.TasksMutable[e.TaskId] = new TaskState { Opened = e, DueAt = e.DueAt };
}
