using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>A running legal clock.</summary>
public sealed class ClockState
{
    public required string ClockId { get; init; }

    public string? TaskId { get; init; }

    /// <summary>The limit in <see cref="Unit"/>; the name predates units.</summary>
    public int LimitWorkingDays { get; set; }

    /// <summary>What the limit counts; snapshots written before units existed read as working days.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public TimeLimitUnit Unit { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset DueAt { get; set; }

    public required string CalendarVersion { get; set; }

    /// <summary>Whose local closures count: the office of the step, or the case's division.</summary>
    public string? DivisionCode { get; init; }

    public DateTimeOffset? PausedAt { get; set; }

    public string? PauseReason { get; set; }

    public ClockWarning? Warning { get; set; }

    internal ClockState Copy() => new()
    {
        ClockId = ClockId,
        TaskId = TaskId,
        LimitWorkingDays = LimitWorkingDays,
        Unit = Unit,
        StartedAt = StartedAt,
        DueAt = DueAt,
        CalendarVersion = CalendarVersion,
        DivisionCode = DivisionCode,
        PausedAt = PausedAt,
        PauseReason = PauseReason,
        Warning = Warning,
    };
}
