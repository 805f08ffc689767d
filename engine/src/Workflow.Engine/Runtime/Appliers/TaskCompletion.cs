using System.Text.Json.Nodes;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Appliers;

/// <summary>What closing a task with an answer does to its row, whether an officer decided or a department replied.</summary>
internal static class TaskCompletion
{
    public static void Apply(InstanceState s, string taskId, string actorId, string outcome, string? comment, JsonObject? data, DateTimeOffset at)
    {
        var task = s.TasksMutable[taskId];
        task.Status = TaskLifecycle.Completed;
        task.Outcome = outcome;
        task.ActorId = actorId;
        task.Comment = comment;
        task.Data = (JsonObject?)data?.DeepClone();
        task.ClosedAt = at;
    }
}
