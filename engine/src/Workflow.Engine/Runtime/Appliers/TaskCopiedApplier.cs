using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class TaskCopiedApplier
{
    public static void Apply(InstanceState s, TaskCopied e)
    {
        var copies = s.TasksMutable[e.TaskId].Copies;
        foreach (var user in e.UserIds)
        {
            if (!copies.Contains(user))
            {
                copies.Add(user);
            }
        }
    }
}
