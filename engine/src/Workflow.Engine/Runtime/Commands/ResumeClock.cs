namespace Workflow.Engine.Runtime.Commands;

/// <summary>Let a paused clock count again, for example when the supplementary material arrives.</summary>
public sealed record ResumeClock(string InstanceId, string ClockId, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
