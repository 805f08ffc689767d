using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskTransferredApplier
{
    public static void Apply(InstanceState s, TaskTransferred e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.ClaimedBy = e.ToUserId;
        task.Holder = e.ToUserId;
        task.DelegatedBy = null;
    }
}
