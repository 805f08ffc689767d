namespace Workflow.Engine.Runtime.Commands;

/// <summary>
/// Record an approved extension (延期) of a clock. <paramref name="ExtraWorkingDays"/> is in the clock's own unit
/// (working days, calendar days or hours); the name predates units.
/// </summary>
public sealed record ExtendDeadline(string InstanceId, string ClockId, int ExtraWorkingDays, Actor Actor, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
