namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// The single writer for SQLite, with group commit by leader. A write that finds nobody writing becomes the leader and
/// runs on its caller's own thread: one approver pays no thread hand-off at all. Writes that arrive while a leader is
/// busy queue up; when the leader's transaction has committed, it hands the lead to the oldest queued write, whose
/// caller then runs everything queued so far in one transaction (each write in its own savepoint) and commits once.
/// The transaction itself is <see cref="GroupTransaction"/>. One fsync thus acknowledges many commands, which is how concurrent approvers go faster than one on a database that
/// takes a single writer. Nobody learns their write committed before the shared COMMIT has returned.
/// </summary>
internal sealed class GroupCommitWriter(WorkflowDatabase database, int maxBatch) : WritePath
{
    private readonly object _gate = new();
    private readonly Queue<QueuedWrite> _pending = new();
    private readonly GroupTransaction _transaction = new(database);
    private bool _leading;
    private bool _disposed;
    private long _batches;
    private long _items;

    /// <summary>Batches a leader runs for others after its own write is done, before handing the lead over.</summary>
    private const int ExtraBatches = 16;

    /// <summary>Transactions committed and writes they carried, for tests and the benchmark.</summary>
    public (long Batches, long Items) Statistics => (Interlocked.Read(ref _batches), Interlocked.Read(ref _items));

    /// <summary>Writes waiting behind the current leader (a test holds a leader to see them grouped).</summary>
    internal int Queued
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    public override async Task<T> RunAsync<T>(WriteWork<T> work, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var item = new QueuedWrite<T>(work);
        bool lead;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _pending.Enqueue(item);
            lead = !_leading;
            _leading = true;
        }
        // A follower waits until its write is done, or until the lead is handed to it.
        if (!lead && !await item.Signal.Task.ConfigureAwait(false))
        {
            lead = true;
        }
        if (lead)
        {
            await LeadAsync(item).ConfigureAwait(false);
        }
        return item.Result();
    }

    public override async ValueTask DisposeAsync()
    {
        lock (_gate)
        {
            _disposed = true;
            if (_leading)
            {
                // A leader is still writing: it owns the connection and the queue; the process is going away anyway.
                return;
            }
        }
        await _transaction.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>
    /// Runs batches until <paramref name="own"/> is done and then, while writes keep arriving, up to
    /// <see cref="ExtraBatches"/> more before passing the lead on (or giving it up when nothing waits). Handing over costs
    /// a trip through the thread pool's queue, behind the approvers' own work: under load the writer would sit idle
    /// for milliseconds at every hand-over, so a leader that is already running keeps going for a while.
    /// </summary>
    private async Task LeadAsync(QueuedWrite own)
    {
        var batch = new List<QueuedWrite>();
        var extra = 0;
        try
        {
            while (!own.IsDone || (extra++ < ExtraBatches && HasPending()))
            {
                lock (_gate)
                {
                    while (batch.Count < maxBatch && _pending.TryDequeue(out var next))
                    {
                        batch.Add(next);
                    }
                }
                if (await _transaction.RunAsync(batch).ConfigureAwait(false))
                {
                    Interlocked.Increment(ref _batches);
                    Interlocked.Add(ref _items, batch.Count);
                }
                foreach (var done in batch)
                {
                    if (!ReferenceEquals(done, own))
                    {
                        done.Signal.TrySetResult(true);
                    }
                }
                batch.Clear();
            }
        }
        finally
        {
            QueuedWrite? successor = null;
            lock (_gate)
            {
                if (!_pending.TryPeek(out successor))
                {
                    _leading = false;
                }
            }
            successor?.Signal.TrySetResult(false);
        }
    }

    private bool HasPending()
    {
        lock (_gate)
        {
            return _pending.Count > 0;
        }
    }
}
