using Dapper;
using Workflow.Engine.Persistence.Instances;
using Workflow.Engine.Persistence.Rows;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence;

/// <summary>
/// The durable store: instances, their hash-chained events, the inbox, timers, outbox and request keys, all written by
/// one transaction per command (<see cref="CommitAsync"/>). It implements every persistence port of the core and hands
/// each to a collaborator with one job: <see cref="InstanceLoader"/> (loads, and the committed states it keeps),
/// <see cref="CommitWriter"/> (the commit's transaction, its statements built by <see cref="CommitStatements"/>),
/// <see cref="InboxReader"/>, <see cref="CaseReader"/>, <see cref="TimerClaims"/> and <see cref="OutboxRows"/>.
/// </summary>
public sealed class DapperInstanceStore : IInstanceStore, IInboxQueries, IInstanceQueries, ITimerStore, IOutboxStore
{
    private readonly WorkflowDatabase _database;
    private readonly TimeProvider _clock;
    private readonly InstanceLoader _loader;
    private readonly CommitWriter _writer;
    private readonly InboxReader _inbox;
    private readonly CaseReader _cases;
    private readonly TimerClaims _timers;
    private readonly OutboxRows _outbox;

    public DapperInstanceStore(WorkflowDatabase database, TimeProvider? clock = null)
    {
        _database = database;
        _clock = clock ?? TimeProvider.System;
        _loader = new InstanceLoader(database);
        _writer = new CommitWriter(database);
        _inbox = new InboxReader(database);
        _cases = new CaseReader(database);
        _timers = new TimerClaims(database);
        _outbox = new OutboxRows(database, _clock);
    }

    /// <summary>
    /// A fresh state every time: a copy of the state this store last committed while the row's version and head hash
    /// still match it, otherwise the snapshot parsed.
    /// </summary>
    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken) => _loader.LoadAsync(instanceId, cancellationToken);

    public async ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(commit);
        var plan = CommitPlan.For(commit, _loader.BaselineOf(commit.State), _clock.GetUtcNow(), _database.AuditChain);
        var id = commit.State.InstanceId;
        _loader.Forget(id);
        bool kept;
        try
        {
            kept = await _writer.WriteAsync(plan, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            _loader.Forget(id);
            throw;
        }
        if (kept)
        {
            // The executor loads afresh for every command: keep the state as it would load, with the rows now stored.
            _loader.Remember(id, commit.State.Reloaded(), plan.HeadHash, plan.TaskRows);
        }
        return kept;
    }

    public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) => _cases.FindResultAsync(requestKey, cancellationToken);

    /// <summary>Forgets the committed state kept for the instance: its next load reads the row.</summary>
    public void Invalidate(string instanceId) => _loader.Forget(instanceId);

    /// <summary>Writes task rows in their own transaction: for seeding benchmarks and plan tests with realistic volumes.</summary>
    internal Task WriteTaskRowsAsync(IReadOnlyList<TaskColumnsRow> rows, CancellationToken cancellationToken) => _writer.WriteTaskRowsAsync(rows, cancellationToken);

    public Task<IReadOnlyList<TaskRow>> ForUserAsync(string userId, UserInbox inbox, int limit, CancellationToken cancellationToken) =>
        _inbox.ForUserAsync(userId, inbox, limit, cancellationToken);

    public Task<ListPage<TaskRow>> SearchAsync(InboxSearch search, CaseScope scope, int offset, int limit, CancellationToken cancellationToken) =>
        _inbox.SearchAsync(search, scope, offset, limit, cancellationToken);

    public Task<TaskRow?> FindAsync(string taskId, CancellationToken cancellationToken) => _inbox.FindAsync(taskId, cancellationToken);


    public Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken) =>
        _cases.EventsAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<InstanceSummary>> ListAsync(CaseScope scope, int offset, int limit, CancellationToken cancellationToken) =>
        _cases.ListAsync(scope, offset, limit, cancellationToken);

    public Task<ListPage<InstanceSummary>> SearchAsync(CaseScope scope, CaseSearch search, int offset, int limit, CancellationToken cancellationToken) =>
        _cases.SearchAsync(scope, search, offset, limit, cancellationToken);

    public Task<IReadOnlyList<TaskRow>> TasksAsync(CaseScope scope, TaskQuery query, int offset, int limit, CancellationToken cancellationToken) =>
        _cases.TasksAsync(scope, query, offset, limit, cancellationToken);

    public Task<IReadOnlyList<DueTimer>> ClaimDueAsync(DateTimeOffset now, int max, TimeSpan lease, CancellationToken cancellationToken) =>
        _timers.ClaimDueAsync(now, max, lease, cancellationToken);

    public Task<IReadOnlyList<OutboxMessage>> ClaimAsync(int max, TimeSpan lease, CancellationToken cancellationToken) =>
        _outbox.ClaimAsync(max, lease, cancellationToken);

    public Task MarkSentAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken) => _outbox.MarkSentAsync(ids, cancellationToken);

    public Task<TimeSpan?> OldestUnsentAgeAsync(CancellationToken cancellationToken) => _outbox.OldestUnsentAgeAsync(cancellationToken);
}
