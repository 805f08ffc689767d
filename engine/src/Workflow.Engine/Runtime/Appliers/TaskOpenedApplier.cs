using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskOpenedApplier
{
    public static void Apply(InstanceState s, TaskOpened e)
    {
        var task = new TaskState { Opened = e, DueAt = e.DueAt };
        if (e.Signing is { } signing)
        {
            task.Signers.AddRange(signing.Signers.Select(u => new SignerState(u)));
        }
        s.TasksMutable[e.TaskId] = task;
    }
}
