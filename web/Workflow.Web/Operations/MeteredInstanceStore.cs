using System.Diagnostics;
using Workflow.Engine.Ports;
using Workflow.Engine.State;

namespace Workflow.Web.Operations;

/// <summary>
/// Times and counts every commit, whoever sent the command (HTTP, a bus consumer, the timer pump): the store is the one
/// place all of them pass. Until the core exposes an execution hook, commands refused before the commit are counted
/// only where the host runs them itself.
/// </summary>
internal sealed class MeteredInstanceStore(IInstanceStore inner, WorkflowMetrics metrics) : IInstanceStore
{
    public ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken) => inner.LoadAsync(instanceId, cancellationToken);

    public async ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken)
    {
        CommandScope.MarkReachedStore();
        var started = Stopwatch.GetTimestamp();
        bool committed;
        try
        {
            committed = await inner.CommitAsync(commit, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            metrics.CommandFailed(commit.CommandType, Stopwatch.GetElapsedTime(started));
            throw;
        }
        metrics.CommandCommitted(commit.CommandType, committed, Stopwatch.GetElapsedTime(started));
        return committed;
    }

    public ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken) =>
        inner.FindResultAsync(requestKey, cancellationToken);

    public void Invalidate(string instanceId) => inner.Invalidate(instanceId);
}
