using Workflow.Engine.State;

namespace Workflow.Engine.Ports;

/// <summary>Where instances live. The persistence issue adds Dapper stores; the core ships an in-memory one.</summary>
public interface IInstanceStore
{
    ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Commits everything in <paramref name="commit"/> in one transaction, if the stored version is still
    /// <see cref="InstanceCommit.ExpectedVersion"/>. Returns false on a version conflict, having written nothing.
    /// </summary>
    ValueTask<bool> CommitAsync(InstanceCommit commit, CancellationToken cancellationToken);

    /// <summary>The first result of a command with this request key, or null if none has committed.</summary>
    ValueTask<StoredResult?> FindResultAsync(string requestKey, CancellationToken cancellationToken);

    /// <summary>Forgets any cached copy after a failed command, so the next load starts from committed history.</summary>
    void Invalidate(string instanceId);
}
