using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Ports;

/// <summary>Where instances live. The persistence issue adds Dapper stores; the core ships an in-memory one.</summary>
public interface IInstanceStore
{
    ValueTask<InstanceState?> LoadAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="events"/> and stores <paramref name="state"/> in one step, if the stored version is still
    /// <paramref name="expectedVersion"/>. Returns false on a version conflict, having written nothing.
    /// </summary>
    ValueTask<bool> CommitAsync(InstanceState state, long expectedVersion, IReadOnlyList<WorkflowEvent> events, CancellationToken cancellationToken);

    /// <summary>Forgets any cached copy after a failed command, so the next load starts from committed history.</summary>
    void Invalidate(string instanceId);
}
