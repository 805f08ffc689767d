namespace Workflow.Engine.Runtime.Commands;

/// <summary>Stop a legal clock for a reason the rules allow: 补正材料, 公示 or 核对. <c>case</c> is the whole-case clock.</summary>
public sealed record PauseClock(string InstanceId, string ClockId, string Reason, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
