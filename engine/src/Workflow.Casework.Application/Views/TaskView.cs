using System.Text.Json.Serialization;
using Workflow.Casework;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Casework.Application.Views;

/// <summary>
/// A task as the inbox and the case page show it: who may act (candidates and why, the claimer or holder, signers),
/// who reads along (copies), and what it waits for (a supplement).
/// </summary>
public sealed record TaskView(
    string InstanceId,
    string TaskId,
    TaskKind Kind,
    string Title,
    TaskAssignee Assignee,
    TaskLifecycle Status,
    IReadOnlyList<string> Outcomes,
    IReadOnlyList<string> CommentRequiredFor,
    DateTimeOffset OpenedAt,
    DateTimeOffset? DueAt,
    string? Outcome,
    string? ActorId,
    string? Comment,
    DateTimeOffset? ClosedAt)
{
    public IReadOnlyList<Candidate> Candidates { get; init; } = [];

    public string? Fallback { get; init; }

    public string? ClaimedBy { get; init; }

    public string? Holder { get; init; }

    public string? DelegatedBy { get; init; }

    public string? SigningMode { get; init; }

    public IReadOnlyList<SignerState> Signers { get; init; } = [];

    public IReadOnlyList<string> Copies { get; init; } = [];

    public SupplementState? Supplement { get; init; }

    public IReadOnlyList<DelegateOpinion> Opinions { get; init; } = [];

    public IReadOnlyList<Deliberation> Deliberations { get; init; } = [];

    /// <summary>True when the user is named on the task: a candidate, its claimer or holder, a signer or a copy.</summary>
    [JsonIgnore]
    public Func<string, bool> IsFor => user =>
        ClaimedBy == user || Holder == user || DelegatedBy == user || ActorId == user
        || Candidates.Any(c => c.UserId == user) || Signers.Any(s => s.UserId == user) || Copies.Contains(user);

    /// <summary>What <see cref="TaskAuthority"/> reads of this task, asked at <paramref name="at"/> (null: every cover stands).</summary>
    public TaskAuthority.Facts Authority(DateTimeOffset? at) => new(Holder, Assignee, Candidates, Fallback, Kind)
    {
        MultiSigner = SigningMode is not null,
        Signers = Signers.Select(s => s.UserId).ToList(),
        SignersDue = TaskAuthority.SignersDue(SigningMode, Signers.Where(s => !s.Answered).Select(s => s.UserId)),
        At = at,
    };

    public static TaskView From(string instanceId, TaskState task) => new(
        instanceId,
        task.TaskId,
        task.Opened.Kind,
        task.Opened.Title,
        task.Opened.Assignee,
        task.Status,
        task.Opened.Outcomes,
        task.Opened.CommentRequiredFor,
        task.Opened.At,
        task.DueAt ?? task.Opened.DueAt,
        task.Outcome,
        task.ActorId,
        FreeTextMask.Mask(task.Comment),
        task.ClosedAt)
    {
        Candidates = task.Opened.Candidates,
        Fallback = task.Opened.Fallback,
        ClaimedBy = task.ClaimedBy,
        Holder = task.Holder,
        DelegatedBy = task.DelegatedBy,
        SigningMode = task.Opened.Signing?.Mode,
        Signers = task.Signers.Select(s => s with { Comment = FreeTextMask.Mask(s.Comment) }).ToList(),
        Copies = task.Copies.ToList(),
        Supplement = task.Supplement,
        Opinions = task.Opinions.Select(o => o with { Comment = FreeTextMask.Mask(o.Comment) }).ToList(),
        Deliberations = task.Deliberations.Select(d => d with { Minutes = FreeTextMask.Mask(d.Minutes) ?? "" }).ToList(),
    };

    /// <summary>The task as a supervisor (督办) sees it: its step, office, holders, deadline and outcome; no opinions or minutes.</summary>
    public TaskView FactsOnly() => this with
    {
        Comment = null,
        Signers = Signers.Select(s => s with { Comment = null }).ToList(),
        Opinions = Opinions.Select(o => o with { Comment = null }).ToList(),
        Deliberations = Deliberations.Select(d => d with { Minutes = "" }).ToList(),
        Supplement = Supplement is { } supplement ? supplement with { Missing = [] } : null,
    };
}
