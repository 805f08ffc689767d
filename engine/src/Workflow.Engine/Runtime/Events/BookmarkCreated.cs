namespace Workflow.Engine.Runtime.Events;

/// <summary>An activity is waiting: for a person, a department, a timer or a named event.</summary>
public sealed record BookmarkCreated(
    string BookmarkId,
    string ScopeId,
    string ActivityId,
    string ActivityType,
    BookmarkKind Kind,
    string? Name,
    DateTimeOffset? DueAt) : WorkflowEvent;
