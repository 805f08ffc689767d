using System.Data.Common;
using System.Runtime.ExceptionServices;

namespace Workflow.Engine.Persistence.Writing;

/// <summary>
/// One write queued on the <see cref="GroupCommitWriter"/>, and how its caller learns the outcome. <see cref="Signal"/>
/// completes true when it is done, false when its caller must lead.
/// </summary>
internal abstract class QueuedWrite
{
    private Exception? _error;
    private int _state; // 0 pending, 2 done

    public TaskCompletionSource<bool> Signal { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsDone => Volatile.Read(ref _state) == 2;

    public abstract Task<bool> RunAsync(DbConnection connection, DbTransaction transaction);

    /// <summary>Its transaction committed (or it refused itself and was undone).</summary>
    public void Succeed() => Interlocked.CompareExchange(ref _state, 2, 0);

    public void Fail(Exception error)
    {
        if (Interlocked.CompareExchange(ref _state, 2, 0) == 0)
        {
            _error = error;
        }
    }

    protected void ThrowIfFailed()
    {
        if (_error is not null)
        {
            ExceptionDispatchInfo.Throw(_error);
        }
    }
}
