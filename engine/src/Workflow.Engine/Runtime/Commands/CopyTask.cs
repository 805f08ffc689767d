namespace Workflow.Engine.Runtime.Commands;

/// <summary>抄送: let users read the task and its case, without acting on it.</summary>
public sealed record CopyTask(string InstanceId, string TaskId, Actor Actor, IReadOnlyList<string> UserIds, string? Note = null) : WorkflowCommand(InstanceId), IActorCommand;
