using System.Text.Json.Nodes;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>A task row: open until decided, replied or cancelled. Closed tasks stay for the record.</summary>
public sealed partial class TaskState
{
    /// <summary>The task as it was opened; only an early end of a deputy's cover (<c>CoverEnded</c>) changes it since.</summary>
    public required TaskOpened Opened { get; set; }

    public string TaskId => Opened.TaskId;

    public TaskLifecycle Status { get; set; } = TaskLifecycle.Open;

    /// <summary>The step's current deadline: as opened, then moved by pauses and extensions of its clock.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public string? Outcome { get; set; }

    public string? ActorId { get; set; }

    public string? Comment { get; set; }

    public JsonObject? Data { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>A copy with its own data object; <paramref name="node"/> says how JSON values are copied.</summary>
    internal TaskState Copy(Func<JsonNode?, JsonNode?> node)
    {
        var copy = new TaskState
        {
            Opened = Opened,
            Status = Status,
            DueAt = DueAt,
            Outcome = Outcome,
            ActorId = ActorId,
            Comment = Comment,
            Data = node(Data)?.AsObject(),
            ClosedAt = ClosedAt,
        };
        CopyOperationsTo(copy);
        return copy;
    }
}
