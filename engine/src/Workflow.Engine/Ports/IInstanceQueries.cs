using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Ports;

/// <summary>Read side for cases: their history and a newest-first list. Never used by command processing.</summary>
public interface IInstanceQueries
{
    Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<InstanceSummary>> ListAsync(int limit, CancellationToken cancellationToken);
}
