namespace Workflow.Engine.Runtime.Commands;

/// <summary>The applicant supplied the missing material: the clocks count again and the task waits for its decider.</summary>
public sealed record SupplySupplement(string InstanceId, string TaskId, Actor Actor, IReadOnlyList<string> Supplied) : WorkflowCommand(InstanceId), IActorCommand;
