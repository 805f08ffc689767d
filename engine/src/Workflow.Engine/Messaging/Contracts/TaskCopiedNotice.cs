namespace Workflow.Engine.Messaging.Contracts;

/// <summary>抄送 (message type <c>TaskCopied</c>, published): <paramref name="Recipients"/> may read the task and its case.</summary>
public sealed record TaskCopiedNotice(
    string TaskId,
    string InstanceId,
    string Title,
    string CopiedBy,
    IReadOnlyList<string> Recipients,
    string? Note,
    DateTimeOffset At);
