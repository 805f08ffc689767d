using System.Text.Json.Nodes;
using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Persistence.Audit;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence;

/// <summary>
/// Everything one commit writes, worked out before it reaches the writer: the snapshot and event JSON, the hash
/// chain (when the head is known), and which task and timer rows changed. The writer then only runs statements,
/// which matters on SQLite where one writer serves every command.
/// </summary>
internal sealed class CommitPlan
{
    private readonly AuditChain _chain;

    private CommitPlan(InstanceCommit commit, Baseline? baseline, DateTimeOffset now, AuditChain chain)
    {
        _chain = chain;
        var state = commit.State;
        Commit = commit;
        Baseline = baseline;
        Now = now;
        Snapshot = InstanceSnapshot.ToJson(state);
        DivisionCode = CaseDivision.Of(state);
        ApplicantName = ApplicantNameOf(state.Input);
        Restricted = ChildProtection.Of(state.Input);
        Events = commit.Events.Select(EventSerializer.Serialize).ToArray();
        Types = commit.Events.Select(e => e.GetType().Name).ToArray();

        var tasks = state.Tasks.Values.Select(t => TaskColumnsRow.Of(state.InstanceId, t)).ToList();
        TaskRows = tasks;
        TaskUpserts = baseline is null
            ? tasks
            : tasks.Where(t => !baseline.Tasks.TryGetValue(t.TaskId, out var before) || before != t).ToList();
        // A new task, or one whose holder, candidates or copies changed, gets its task-user rows rewritten.
        TaskUserSyncs = TaskUpserts
            .Where(t => baseline is null || (baseline.Tasks.TryGetValue(t.TaskId, out var before) ? before.Users != t.Users : t.Users.Length > 0))
            .ToList();
        TaskUserRows = TaskUserSyncs
            .SelectMany(t => TaskUsers.Decode(t.Users).Select(u => (t.TaskId, u.UserId, u.Role, t.OpenedAt, u.Until)))
            .ToList();

        if (baseline is null)
        {
            FullTimerSync = true;
            TimerUpserts = state.Timers.Values.ToList();
            TimerDeletes = [];
        }
        else
        {
            TimerUpserts = state.Timers.Values.Where(t => !baseline.Timers.TryGetValue(t.TimerId, out var before) || before != t).ToList();
            TimerDeletes = baseline.Timers.Keys.Where(id => !state.Timers.ContainsKey(id)).ToList();
        }
        if (baseline is not null)
        {
            ChainFrom(baseline.HeadHash);
        }
    }

    public InstanceCommit Commit { get; }

    public InstanceState State => Commit.State;

    /// <summary>The rows as loaded, or null when unknown: the writer then reads the head and syncs every row.</summary>
    public Baseline? Baseline { get; }

    public DateTimeOffset Now { get; }

    public string Snapshot { get; }

    public string? DivisionCode { get; }

    /// <summary>The name the case started with (its input's <c>applicantName</c>), which the case list searches.</summary>
    public string? ApplicantName { get; }

    /// <summary>A child-protection case: lists leave it out for everyone the access policy does not let see it.</summary>
    public bool Restricted { get; }

    public IReadOnlyList<string> Events { get; }

    public IReadOnlyList<string> Types { get; }

    /// <summary>The hash of each event, once the head it chains from is known.</summary>
    public string[]? Hashes { get; private set; }

    public string? PreviousHash { get; private set; }

    public string HeadHash => Hashes is { Length: > 0 } h ? h[^1] : PreviousHash!;

    /// <summary>The task rows of every task of the committed state: the baseline of the next commit.</summary>
    public IReadOnlyList<TaskColumnsRow> TaskRows { get; }

    public IReadOnlyList<TaskColumnsRow> TaskUpserts { get; }

    /// <summary>Tasks whose wf_task_users rows are deleted and written again as <see cref="TaskUserRows"/>.</summary>
    public IReadOnlyList<TaskColumnsRow> TaskUserSyncs { get; }

    public IReadOnlyList<(string TaskId, string UserId, string Role, DateTimeOffset OpenedAt, DateTimeOffset? Until)> TaskUserRows { get; }

    /// <summary>Delete every timer row of the instance not in <see cref="TimerUpserts"/> (no baseline to diff against).</summary>
    public bool FullTimerSync { get; }

    public IReadOnlyList<TimerState> TimerUpserts { get; }

    public IReadOnlyList<string> TimerDeletes { get; }

    public long FirstSeq => Commit.ExpectedVersion + 1;

    /// <summary>Every multi-row statement fits in one chunk, so all parameter names of the commit are distinct.</summary>
    public bool FitsOneStatementPerKind(int rows) =>
        Events.Count <= rows && TaskUpserts.Count <= rows && TimerUpserts.Count <= rows && TimerDeletes.Count <= rows && Commit.Outbox.Count <= rows
        && TaskUserSyncs.Count <= rows && TaskUserRows.Count <= rows;

    /// <summary>The column holds at most <see cref="ApplicantNameLength"/> characters (SQL Server's NVARCHAR(200)).</summary>
    internal const int ApplicantNameLength = 200;

    private static string? ApplicantNameOf(JsonObject? input) =>
        input?[CaseInputKeys.ApplicantName] is JsonValue value && value.TryGetValue<string>(out var name)
            ? name.Length > ApplicantNameLength ? name[..ApplicantNameLength] : name
            : null;

    public static CommitPlan For(InstanceCommit commit, Baseline? loaded, DateTimeOffset now, AuditChain chain)
    {
        var baseline = commit.ExpectedVersion == 0 ? Baseline.Empty : loaded is { } b && b.Version == commit.ExpectedVersion ? b : null;
        return new CommitPlan(commit, baseline, now, chain);
    }

    /// <summary>Computes the chain from the hash of event <see cref="InstanceCommit.ExpectedVersion"/>.</summary>
    public void ChainFrom(string previousHash)
    {
        PreviousHash = previousHash;
        var hashes = new string[Events.Count];
        var prev = previousHash;
        for (var i = 0; i < hashes.Length; i++)
        {
            prev = hashes[i] = _chain.Hash(prev, State.InstanceId, FirstSeq + i, Events[i]);
        }
        Hashes = hashes;
    }
}
