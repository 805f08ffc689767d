using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.State;

/// <summary>An open wait point.</summary>
public sealed record BookmarkState(
    string BookmarkId,
    string ScopeId,
    string ActivityId,
    string ActivityType,
    BookmarkKind Kind,
    string? Name,
    DateTimeOffset? DueAt);
