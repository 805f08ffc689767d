using Workflow.Engine.Ports;
using Workflow.Engine.State;

namespace Workflow.Engine.Persistence.Tests.Support;

/// <summary>
/// Passes everything to a real store, except that once armed, the next load waits for the test after it has read:
/// how a test puts a command "between load and commit" while another host commits, with no sleeping.
/// </summary>
public sealed class PausingStore(IInstanceStore inner) : IInstanceStore
{
    private TaskCompletionSource? _loaded;
    private TaskCompletionSource? _release;

    /// <summary>Arms the pause; the returned task completes when the paused load has read the instance.</summary>
    public Task PauseNextLoad()
    {
        _loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _loaded.Task;
    }

    public void Release() => _release?.TrySetResult();

    public async ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken)
    {
        var state = await inner.LoadAsync(instanceId, cancellationToken);
        if (Interlocked.Exchange(ref _loaded, null) is { } loaded)
        {
            loaded.SetResult();
            await _release!.Task;
        }
        return state;
    }

    public ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken) => inner.CommitAsync(commit, cancellationToken);

    public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) => inner.FindResultAsync(requestKey, cancellationToken);

    public void Invalidate(string instanceId) => inner.Invalidate(instanceId);
}
