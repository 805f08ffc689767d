using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskDelegatedApplier
{
    public static void Apply(InstanceState s, TaskDelegated e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.ClaimedBy ??= e.ActorId;
        task.DelegatedBy = e.ActorId;
        task.Holder = e.ToUserId;
    }
}
