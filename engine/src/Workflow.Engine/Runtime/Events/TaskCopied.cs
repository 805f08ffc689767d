namespace Workflow.Engine.Runtime.Events;

/// <summary>抄送: the users may read the task and its case, never act on it.</summary>
public sealed record TaskCopied(string TaskId, string ActorId, IReadOnlyList<string> UserIds, string? Note, DateTimeOffset At) : WorkflowEvent;
