namespace Workflow.Engine.Runtime.Commands;

/// <summary>一次性告知补正: list everything missing; the clocks pause, and the case closes itself after AutoCloseDays calendar days.</summary>
public sealed record RequestSupplement(string InstanceId, string TaskId, Actor Actor, IReadOnlyList<string> Missing, int AutoCloseDays) : WorkflowCommand(InstanceId), IActorCommand;
