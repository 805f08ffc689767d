using Workflow.Engine.Ports;

namespace Workflow.Engine.Runtime.Events;

/// <summary>
/// A human or department task was opened and is in someone's inbox. The resolved candidates are recorded here, so
/// replay never asks the organisation again; events written before candidates existed read back with none.
/// </summary>
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
    DateTimeOffset At) : WorkflowEvent
{
    /// <summary>Who may claim the task and why; empty means anyone holding the post in the division (or the department).</summary>
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    /// <summary>The rule text when a vacant post fell back to the level above; the assignee's division is then the resolved one.</summary>
    public string? Fallback { get; init; }

    /// <summary>The task whose answer led here, if any: what 撤回 takes back.</summary>
    public string? PreviousTaskId { get; init; }

    /// <summary>What <see cref="TimeLimitWorkingDays"/> counts; absent (working days) in events written before units existed.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingDefault)]
    public TimeLimitUnit TimeLimitUnit { get; init; }

    /// <summary>The multi-signer rule, or null for a step one person decides.</summary>
    public TaskSigning? Signing { get; init; }
}
