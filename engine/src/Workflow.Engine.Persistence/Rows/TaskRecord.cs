using Workflow.Engine.Persistence.Dialects;
using Workflow.Engine.Ports;

namespace Workflow.Engine.Persistence.Rows;

/// <summary>A wf_tasks row as read; times stay provider values until <see cref="ToTaskRow"/>.</summary>
internal sealed class TaskRecord
{
    public string TaskId { get; set; } = "";

    public string InstanceId { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public string? Post { get; set; }

    public string? Level { get; set; }

    public string? DivisionCode { get; set; }

    public string? DepartmentCode { get; set; }

    public string Status { get; set; } = "";

    public string? AssigneeUserId { get; set; }

    public object OpenedAt { get; set; } = 0L;

    public object? DueAt { get; set; }

    public string? ClaimedBy { get; set; }

    public string? HolderUserId { get; set; }

    public TaskRow ToTaskRow(SqlDialect dialect) => new(TaskId, InstanceId, Kind, Title, Post, Level, DivisionCode, DepartmentCode, Status,
        AssigneeUserId, dialect.FromDbTime(OpenedAt), DueAt is null or DBNull ? null : dialect.FromDbTime(DueAt))
    {
        ClaimedBy = ClaimedBy,
        HolderUserId = HolderUserId,
    };
}
