using Microsoft.Extensions.Options;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Hosting;
using Workflow.Web.Hosting.Settings;

namespace Workflow.Web.Queries;

/// <summary>
/// The read side, over the durable runtime's ports. A case is read from the store's committed snapshot (a fresh copy
/// each time), so a view never shares state with a command in flight. Every list takes the caller's <see cref="CaseScope"/>, which the store puts
/// in the query's WHERE clause: a page is a page of what the caller may see. The inbox is read by its search
/// (<see cref="IInboxQueries.SearchAsync"/>, through <c>InboxList</c>).
/// </summary>
public sealed class WorkflowQueries(
    IInstanceStore store,
    IInstanceQueries instances,
    IDefinitionCatalog catalog,
    CaseReader cases,
    IOptions<WorkflowHostOptions> options)
{
    /// <summary>Rows per page of a browsing list (<see cref="WorkflowHostOptions.BrowseLimit"/>), when the caller names none.</summary>
    public int PageSize => options.Value.BrowseLimit;

    public IReadOnlyList<DefinitionSummary> Definitions() =>
        catalog.All()
            .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ThenBy(d => d.Version)
            .Select(DefinitionSummary.From)
            .ToList();

    public Task<InstanceView?> InstanceAsync(string instanceId, CancellationToken cancellationToken) => cases.InstanceAsync(instanceId, cancellationToken);

    public async Task<IReadOnlyList<EventView>?> EventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var events = await instances.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : events.Select((e, i) => new EventView(i + 1, e)).ToList();
    }

    /// <summary>A page of the cases in the caller's scope, newest first.</summary>
    public async Task<IReadOnlyList<InstanceView>> InstancesAsync(CaseScope scope, int offset, int limit, CancellationToken cancellationToken)
    {
        var summaries = await instances.ListAsync(scope, offset, limit, cancellationToken).ConfigureAwait(false);
        var states = await StatesAsync(summaries.Select(s => s.InstanceId), cancellationToken).ConfigureAwait(false);
        return states.Values.Select(InstanceView.From).OrderByDescending(v => v.CreatedAt).ToList();
    }

    /// <summary>
    /// A page of the tasks of the cases in the caller's scope that match <paramref name="query"/>. Each task is taken
    /// from its case as <paramref name="shown"/> presents the case to the caller (null: not shown at all).
    /// </summary>
    public async Task<IReadOnlyList<TaskView>> TasksAsync(CaseScope scope, TaskQuery query, int offset, int limit, Func<InstanceView, InstanceView?> shown,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shown);
        var rows = await instances.TasksAsync(scope, query, offset, limit, cancellationToken).ConfigureAwait(false);
        var views = (await StatesAsync(rows.Select(r => r.InstanceId), cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Key, p => shown(InstanceView.From(p.Value)), StringComparer.Ordinal);
        return rows
            .Select(r => views.GetValueOrDefault(r.InstanceId)?.Tasks.FirstOrDefault(t => t.TaskId == r.TaskId))
            .OfType<TaskView>()
            .ToList();
    }

    /// <summary>
    /// The case as committed, from the store's snapshot (or the state it kept after its last commit), never by replaying
    /// the whole log per request: replay stays the audit's and the tests' tool, and the tests hold the two equal.
    /// </summary>
    private async Task<InstanceState?> StateAsync(string instanceId, CancellationToken cancellationToken) =>
        await store.LoadAsync(instanceId, cancellationToken).ConfigureAwait(false);

    private async Task<Dictionary<string, InstanceState>> StatesAsync(IEnumerable<string> instanceIds, CancellationToken cancellationToken)
    {
        var states = new Dictionary<string, InstanceState>(StringComparer.Ordinal);
        foreach (var id in instanceIds.Distinct(StringComparer.Ordinal))
        {
            if (await StateAsync(id, cancellationToken).ConfigureAwait(false) is { } state)
            {
                states[id] = state;
            }
        }
        return states;
    }

}
