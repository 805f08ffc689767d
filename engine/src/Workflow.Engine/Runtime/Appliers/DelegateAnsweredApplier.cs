using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class DelegateAnsweredApplier
{
    public static void Apply(InstanceState s, DelegateAnswered e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.Opinions.Add(new DelegateOpinion(e.ActorId, e.Outcome, e.Comment, e.At));
        task.Holder = e.ReturnedTo;
        task.DelegatedBy = null;
    }
}
