using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

internal static class DecisionRecordedApplier
{
    public static void Apply(InstanceState s, DecisionRecorded e)
    {
        var task = s.TasksMutable[e.TaskId];
        task.Status = Workflow.Engine.State.TaskLifecycle.Completed;
        task.Outcome = e.Outcome;
        task.ActorId = e.ActorId;
        task.Comment = e.Comment;
        task.Data = (System.Text.Json.Nodes.JsonObject?)e.Data?.DeepClone();
        task.ClosedAt = e.At;
    }
}
