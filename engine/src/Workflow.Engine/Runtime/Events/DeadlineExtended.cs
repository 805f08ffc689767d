namespace Workflow.Engine.Runtime.Events;

/// <summary>An approved extension (延期) added time to a clock, in the clock's unit (working days unless it says otherwise).</summary>
public sealed record DeadlineExtended(string ClockId, int ExtraWorkingDays, string ApprovedBy, string Reason, DateTimeOffset NewDueAt, DateTimeOffset At)
    : WorkflowEvent;
