namespace Workflow.Engine.Runtime.Events;

/// <summary>An approved extension (延期) added working days to a clock.</summary>
public sealed record DeadlineExtended(string ClockId, int ExtraWorkingDays, string ApprovedBy, string Reason, DateTimeOffset NewDueAt, DateTimeOffset At)
    : WorkflowEvent;
