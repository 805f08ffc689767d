namespace Workflow.Engine.Runtime.Commands;

/// <summary>Record an approved extension (延期) of a clock by some working days.</summary>
public sealed record ExtendDeadline(string InstanceId, string ClockId, int ExtraWorkingDays, Actor Actor, string Reason) : WorkflowCommand(InstanceId), IActorCommand;
