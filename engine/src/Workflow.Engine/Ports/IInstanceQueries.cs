using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Ports;

/// <summary>
/// Read side for cases: their history, and pages of the cases and tasks in a person's <see cref="CaseScope"/> (the scope
/// is part of the query, so a page holds only what the person may see). Never used by command processing.
/// </summary>
public interface IInstanceQueries
{
    Task<IReadOnlyList<WorkflowEvent>> EventsAsync(string instanceId, CancellationToken cancellationToken);

    /// <summary>Cases in <paramref name="scope"/>, newest first, skipping <paramref name="offset"/>.</summary>
    Task<IReadOnlyList<InstanceSummary>> ListAsync(CaseScope scope, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// The cases in <paramref name="scope"/> that match <paramref name="search"/>, newest first, skipping
    /// <paramref name="offset"/>, with the number of all matching cases in the scope.
    /// </summary>
    Task<ListPage<InstanceSummary>> SearchAsync(CaseScope scope, CaseSearch search, int offset, int limit, CancellationToken cancellationToken);

    /// <summary>Tasks of the cases in <paramref name="scope"/> that match <paramref name="query"/>, oldest first.</summary>
    Task<IReadOnlyList<TaskRow>> TasksAsync(CaseScope scope, TaskQuery query, int offset, int limit, CancellationToken cancellationToken);
}
