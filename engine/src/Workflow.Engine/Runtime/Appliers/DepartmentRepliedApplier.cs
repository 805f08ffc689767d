using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class DepartmentRepliedApplier
{
    public static void Apply(InstanceState s, DepartmentReplied e) =>
        TaskCompletion.Apply(s, e.TaskId, e.ActorId, e.Outcome, e.Comment, e.Data, e.At);
}
