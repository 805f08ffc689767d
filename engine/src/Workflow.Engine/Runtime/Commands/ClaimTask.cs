namespace Workflow.Engine.Runtime.Commands;

/// <summary>认领: take an open task from the shared queue; until released, only the claimer acts on it.</summary>
public sealed record ClaimTask(string InstanceId, string TaskId, Actor Actor) : WorkflowCommand(InstanceId), IActorCommand;
