namespace Workflow.Engine.Runtime.Events;

/// <summary>A human or department task was opened and is in someone's inbox.</summary>
public sealed record TaskOpened(
    string TaskId,
    string BookmarkId,
    string ScopeId,
    string ActivityId,
    TaskKind Kind,
    string Title,
    TaskAssignee Assignee,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    int? TimeLimitWorkingDays,
    DateTimeOffset? DueAt,
    int? ChainStep,
    DateTimeOffset At) : WorkflowEvent;
