using Microsoft.Extensions.Time.Testing;
using System.Text.Json.Nodes;
using Microsoft.Data.Sqlite;
using Workflow.Engine.Persistence;
using Workflow.Engine.Persistence.Schema;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;
using Workflow.Engine.Tests.Support;

namespace Workflow.Engine.Tests.Runtime.ModelBased;

/// <summary>
/// One generated case run twice in lockstep, on the in-memory store and on a SQLite store, checking the invariants
/// after every step:
/// <list type="bullet">
/// <item>replaying the events gives the live state;</item>
/// <item>a rejected command changes nothing, and a request key used again changes nothing either;</item>
/// <item>every open step has a consistent signer set, and closed multi-signer steps' outcomes match their answers;</item>
/// <item>no timer outlives its bookmark, clock or supplement;</item>
/// <item>both stores answer alike and hold the same state.</item>
/// </list>
/// </summary>
public sealed class ModelRun : IAsyncDisposable
{
    private const string Id = "case-1";

    private readonly Harness _memory = new(assignments: ModelPeople.Organisation());
    private readonly FakeTimeProvider _sqliteTime = Clocks.At("2026-03-02T09:00:00+08:00");
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"wf-model-{Guid.NewGuid():N}.db");
    /// <summary>The request keys of commands that were accepted: only a committed command keeps its key.</summary>
    private readonly List<(string Key, WorkflowCommand Command)> _keys = [];
    private int _issued;
    private WorkflowDatabase? _database;
    private WorkflowExecutor? _sqlite;
    private DapperInstanceStore? _sqliteStore;

    public int Accepted { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>How each command type fared: accepted, or the type of its rejection.</summary>
    public Dictionary<string, int> Outcomes { get; } = new(StringComparer.Ordinal);

    public async Task StartAsync(ModelFlow flow)
    {
        _database = new WorkflowDatabase(new PersistenceOptions().UseSqlite($"Data Source={_file}"));
        await new SchemaMigrator(_database).MigrateAsync();
        _sqliteStore = new DapperInstanceStore(_database, _sqliteTime);
        var definition = _memory.Publish(flow.Json());
        _sqlite = new WorkflowExecutor(_memory.Catalog, _sqliteStore, new EngineServices(_sqliteTime, assignments: ModelPeople.Organisation()));
        await BothAsync(new StartInstance(Id, definition.DefinitionId, definition.Version, new JsonObject
        {
            ["divisionCode"] = ModelPeople.Village,
            ["serviceItem"] = "dibao",
            ["applicantIdNumber"] = "500113199001011234",
        }), mustAccept: true);
    }

    public async Task StepAsync(ModelOperation op)
    {
        var state = (InstanceState)await _memory.View(Id);
        var command = Command(op, state);
        if (command is null)
        {
            return;
        }
        await BothAsync(command, mustAccept: false, op.Key);
    }

    private async Task BothAsync(WorkflowCommand command, bool mustAccept, int key = 0)
    {
        (command, var reused) = WithKey(command, key);
        var before = await FootprintAsync();
        var memory = await _memory.Run(command);
        var sqlite = await _sqlite!.ExecuteAsync(command);
        var after = await FootprintAsync();

        Assert.True(memory.IsAccepted == sqlite.IsAccepted,
            $"{command.GetType().Name}: in memory {Describe(memory)}, on SQLite {Describe(sqlite)}");
        Assert.True(!mustAccept || memory.IsAccepted, $"{command.GetType().Name}: {memory.Rejection}");
        var outcome = $"{command.GetType().Name} {(memory.IsAccepted ? "accepted" : memory.Rejection!.Type.ToString())}";
        Outcomes[outcome] = Outcomes.GetValueOrDefault(outcome) + 1;
        if (memory.IsAccepted)
        {
            Accepted++;
            if (reused is null && command.RequestKey is { } fresh)
            {
                _keys.Add((fresh, command));
            }
        }
        else
        {
            Rejected++;
            Assert.True(before == after, $"the rejected {command.GetType().Name} ({memory.Rejection}) changed the case");
        }
        if (reused is { } first)
        {
            // The same key again: the first result, and nothing new; for another command, a conflict naming the key.
            Assert.True(before.Events == after.Events, $"{command.GetType().Name} under a used key wrote events");
            if (first.GetType() != command.GetType())
            {
                Assert.Equal(RejectionType.Conflict, memory.Rejection?.Type);
            }
        }
        await CheckInvariantsAsync();
    }

    private (WorkflowCommand Command, WorkflowCommand? Reused) WithKey(WorkflowCommand command, int key)
    {
        if (key == 1 || (key >= 2 && _keys.Count == 0))
        {
            return (command with { RequestKey = $"k{++_issued}" }, null);
        }
        if (key >= 2)
        {
            var (used, first) = _keys[(key - 2) % _keys.Count];
            // Half of the reuses send the first command itself again, the other half the new command under its key. A
            // key is its caller's own: under another caller's name the same text is a different key.
            var again = key % 2 == 0 ? first : command;
            return (again with { RequestKey = used }, CallerOf(again) == CallerOf(first) ? first : null);
        }
        return (command, null);
    }

    private async Task<(string Memory, string Sqlite, int Events)> FootprintAsync()
    {
        var memory = await _memory.Store.LoadAsync(Id, default);
        var stored = await _sqliteStore!.LoadAsync(Id, default);
        return (memory is null ? "" : InstanceSnapshot.ToJson(memory), stored is null ? "" : InstanceSnapshot.ToJson(stored),
            memory is null ? 0 : _memory.Store.EventsOf(Id).Count);
    }

    private async Task CheckInvariantsAsync()
    {
        await _memory.AssertReplayMatches(Id);
        var state = (InstanceState)await _memory.View(Id);
        var footprint = await FootprintAsync();
        Assert.True(footprint.Memory == footprint.Sqlite, "the two stores hold different states");
        foreach (var task in state.Tasks.Values)
        {
            var signers = task.Signers.Select(s => s.UserId).ToList();
            Assert.True(signers.Distinct().Count() == signers.Count, $"task {task.TaskId} names a signer twice");
            Assert.True(task.Copies.Distinct().Count() == task.Copies.Count, $"task {task.TaskId} copies someone twice");
            var mode = task.Opened.Signing?.Mode ?? SignModes.Single;
            if (mode == SignModes.Single)
            {
                Assert.True(signers.Count == 0, $"single task {task.TaskId} has signers");
            }
            if (task.Status == TaskLifecycle.Completed && task.Outcome == "approve" && mode != SignModes.Single)
            {
                var approvals = task.Signers.Count(s => s.Outcome == "approve");
                var tallyHolds = mode switch
                {
                    SignModes.Countersign or SignModes.Sequential => approvals == task.Signers.Count,
                    _ => approvals >= 1,
                };
                Assert.True(tallyHolds, $"{mode} task {task.TaskId} approved with {approvals} of {task.Signers.Count} approvals");
            }
        }
        foreach (var timer in state.Timers.Values)
        {
            Assert.True(timer.BookmarkId is null || state.Bookmarks.ContainsKey(timer.BookmarkId), $"timer {timer.TimerId} outlives its bookmark");
            Assert.True(timer.ClockId is null || state.Clocks.ContainsKey(timer.ClockId), $"timer {timer.TimerId} outlives its clock");
            Assert.True(timer.TaskId is null || (state.Tasks.TryGetValue(timer.TaskId, out var t) && t.Status == TaskLifecycle.Open && t.Supplement is not null),
                $"timer {timer.TimerId} outlives its supplement");
        }
    }

    /// <summary>The command a step stands for, against the case as it is; null when it has nothing to act on.</summary>
    private WorkflowCommand? Command(ModelOperation op, InstanceState state)
    {
        var tasks = state.Tasks.Values.OrderBy(t => t.Opened.At).ThenBy(t => t.TaskId, StringComparer.Ordinal).ToList();
        if (op.Op == ModelOp.FireDueTimer)
        {
            if (state.Timers.Values.OrderBy(t => t.DueAt).ThenBy(t => t.TimerId, StringComparer.Ordinal).FirstOrDefault() is not { } due)
            {
                return null;
            }
            var wait = due.DueAt - _memory.Time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                _memory.Time.Advance(wait);
                _sqliteTime.Advance(wait);
            }
            return new FireTimer(Id, due.TimerId);
        }
        if (tasks.Count == 0)
        {
            return null;
        }
        // Most picks aim at an open task; the rest at any task, closed ones included (a stale target).
        var open = tasks.Where(t => t.Status == TaskLifecycle.Open).ToList();
        var task = op.Task < 6 && open.Count > 0 ? open[op.Task % open.Count] : tasks[op.Task % tasks.Count];
        var high = op.Actor >= ModelPeople.Pool.Count;
        var actor = op.Op switch
        {
            // 撤回 names the step that followed: mostly by the one who answered the step before it.
            ModelOp.Withdraw when high && tasks.Where(t => t.Status == TaskLifecycle.Completed).MaxBy(t => t.ClosedAt)?.ActorId is { } decider => ModelPeople.Find(decider),
            // 加签 and 减签 are for someone entitled who is not a signer: a colleague of the office or the office above.
            ModelOp.AddSigner or ModelOp.RemoveSigner when high => ModelPeople.Find(Newcomer(op.Actor, task, above: true)),
            _ => Person(op.Actor, task),
        };
        var target = op.Op switch
        {
            ModelOp.AddSigner when op.Target >= ModelPeople.Pool.Count => Newcomer(op.Target, task, above: false),
            ModelOp.RemoveSigner when op.Target >= ModelPeople.Pool.Count && task.Signers.Count > 0 => task.Signers[op.Target % task.Signers.Count].UserId,
            _ => Person(op.Target, task).Id,
        };
        var outcomes = task.Opened.Outcomes;
        // Outcome picks 0-2 approve, so flows get deep; the rest go round the task's outcomes (reject, return …).
        var outcome = outcomes.Count == 0 || op.Outcome < 3 ? "approve" : outcomes[op.Outcome % outcomes.Count];
        return op.Op switch
        {
            ModelOp.Decide => new RecordDecision(Id, task.TaskId, actor, outcome, outcome == "approve" ? null : "材料不全，退回补充"),
            ModelOp.Withdraw => new WithdrawTask(Id, task.TaskId, actor),
            ModelOp.Transfer => new TransferTask(Id, task.TaskId, actor, target, "工作调整"),
            ModelOp.Delegate => new DelegateTask(Id, task.TaskId, actor, target, "请协助核实"),
            ModelOp.AddSigner => new AddSigner(Id, task.TaskId, actor, target, "加签"),
            ModelOp.RemoveSigner => new RemoveSigner(Id, task.TaskId, actor, target, "减签"),
            ModelOp.Copy => new CopyTask(Id, task.TaskId, actor, [target], "抄送知悉"),
            ModelOp.Urge => new UrgeTask(Id, task.TaskId, actor, "请尽快办理"),
            ModelOp.Supplement => new RequestSupplement(Id, task.TaskId, actor, ["户口簿"], 1 + op.Outcome % 5),
            ModelOp.Supply => new SupplySupplement(Id, task.TaskId, actor, ["户口簿"]),
            ModelOp.Claim => new ClaimTask(Id, task.TaskId, actor),
            ModelOp.Release => new ReleaseTask(Id, task.TaskId, actor),
            _ => null,
        };
    }

    /// <summary>
    /// Picks below the pool's size name anyone (outsiders and other offices included); the rest name someone the task
    /// fits (its holder, a pending signer, a candidate, or a colleague in its office), so that flows get deep.
    /// </summary>
    private static Actor Person(int pick, TaskState task)
    {
        var pool = ModelPeople.Pool;
        if (pick < pool.Count)
        {
            return pool[pick];
        }
        var fitting = new[] { task.Holder }.OfType<string>()
            .Concat(task.Signers.Where(s => s.Outcome is null).Select(s => s.UserId))
            .Concat(task.Opened.Candidates.Select(c => c.UserId))
            .Concat(pool.Where(p => p.Posts.Contains(task.Opened.Assignee.Post ?? "")).Select(p => p.Id))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var id = fitting.Count == 0 ? pool[pick % pool.Count].Id : fitting[pick % fitting.Count];
        return ModelPeople.Find(id);
    }

    /// <summary>Someone of the task's office who is not yet one of its signers: whom 加签 would add.</summary>
    private static string Newcomer(int pick, TaskState task)
    {
        var colleagues = ModelPeople.Pool.Where(p => p.Posts.Contains(task.Opened.Assignee.Post ?? "") && task.Signers.All(s => s.UserId != p.Id))
            .Select(p => p.Id).ToList();
        return colleagues.Count == 0 ? ModelPeople.Pool[pick % ModelPeople.Pool.Count].Id : colleagues[pick % colleagues.Count];
    }

    /// <summary>Someone of the task's office (or, with <paramref name="above"/>, the district office too) who is not one of its signers.</summary>
    private static string Newcomer(int pick, TaskState task, bool above)
    {
        string[] posts = above ? [task.Opened.Assignee.Post ?? "", "区民政局"] : [task.Opened.Assignee.Post ?? ""];
        var people = ModelPeople.Pool.Where(p => p.Posts.Any(posts.Contains) && task.Signers.All(s => s.UserId != p.Id)).Select(p => p.Id).ToList();
        return people.Count == 0 ? ModelPeople.Pool[pick % ModelPeople.Pool.Count].Id : people[pick % people.Count];
    }

    private static string? CallerOf(WorkflowCommand command) => (command as IActorCommand)?.Actor.Id;

    private static string Describe(ExecutionResult result) => result.IsAccepted ? "accepted" : $"rejected ({result.Rejection})";

    public async ValueTask DisposeAsync()
    {
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _file, _file + "-wal", _file + "-shm" })
        {
            File.Delete(file);
        }
    }
}
