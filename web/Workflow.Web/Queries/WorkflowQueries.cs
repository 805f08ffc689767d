using Microsoft.Extensions.Options;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Hosting;

namespace Workflow.Web.Queries;

/// <summary>
/// The read side, over the durable runtime's query ports. A case is rebuilt from its committed events, so a view never
/// shares state with a command in flight. Inbox reads go to <see cref="IInboxQueries"/>, whose every query has an index
/// of its own; the browsing list (<see cref="Tasks"/>) looks at the newest cases only (<see cref="WorkflowHostOptions.BrowseLimit"/>).
/// </summary>
public sealed class WorkflowQueries(
    IInstanceQueries instances,
    IInboxQueries inbox,
    InMemoryDefinitionCatalog catalog,
    IOptions<WorkflowHostOptions> options)
{
    public IReadOnlyList<DefinitionSummary> Definitions() =>
        catalog.All()
            .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ThenBy(d => d.Version)
            .Select(DefinitionSummary.From)
            .ToList();

    public async Task<InstanceView?> InstanceAsync(string instanceId, CancellationToken cancellationToken) =>
        await StateAsync(instanceId, cancellationToken).ConfigureAwait(false) is { } state ? InstanceView.From(state) : null;

    public async Task<IReadOnlyList<EventView>?> EventsAsync(string instanceId, CancellationToken cancellationToken)
    {
        var events = await instances.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : events.Select((e, i) => new EventView(i + 1, e)).ToList();
    }

    /// <summary>The newest cases, newest first, at most <paramref name="limit"/>.</summary>
    public async Task<IReadOnlyList<InstanceView>> InstancesAsync(int limit, CancellationToken cancellationToken)
    {
        var states = await RecentStatesAsync(limit, cancellationToken).ConfigureAwait(false);
        return states.Select(InstanceView.From).ToList();
    }

    /// <summary>
    /// Tasks of the newest <see cref="WorkflowHostOptions.BrowseLimit"/> cases that match <paramref name="filter"/>, oldest
    /// first: for browsing and closed tasks. Officers' inboxes use the indexed <c>Inbox*</c> queries instead.
    /// </summary>
    public async Task<IReadOnlyList<TaskView>> TasksAsync(TaskFilter filter, CancellationToken cancellationToken, Func<InstanceView, bool>? visible = null)
    {
        var states = await RecentStatesAsync(options.Value.BrowseLimit, cancellationToken).ConfigureAwait(false);
        return states
            .Where(s => visible is null || visible(InstanceView.From(s)))
            .SelectMany(s => s.Tasks.Values.Select(t => TaskView.From(s.InstanceId, t)))
            .Where(filter.Matches)
            .OrderBy(t => t.OpenedAt)
            .ThenBy(t => t.InstanceId, StringComparer.Ordinal)
            .ThenBy(t => t.TaskId, StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<InboxItem>> InboxAsync(InboxQuery query, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rows = query switch
        {
            { Assignee: { } user } => await inbox.AssignedToAsync(user, query.Limit, cancellationToken).ConfigureAwait(false),
            { Department: { } department } => await inbox.ForDepartmentAsync(department, query.Limit, cancellationToken).ConfigureAwait(false),
            { Post: { } post } => await inbox.ForPostAsync(post, query.Divisions, query.Limit, cancellationToken).ConfigureAwait(false),
            _ => await inbox.OverdueAsync(now, query.Limit, cancellationToken).ConfigureAwait(false),
        };
        return rows.Select(InboxItem.From).ToList();
    }

    public Task<int> InboxCountAsync(string post, IReadOnlyList<string> divisions, CancellationToken cancellationToken) =>
        inbox.CountForPostAsync(post, divisions, cancellationToken);

    private async Task<InstanceState?> StateAsync(string instanceId, CancellationToken cancellationToken)
    {
        var events = await instances.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return Replay(events);
    }

    private async Task<IReadOnlyList<InstanceState>> RecentStatesAsync(int limit, CancellationToken cancellationToken)
    {
        var summaries = await instances.ListAsync(limit, cancellationToken).ConfigureAwait(false);
        var states = new List<InstanceState>(summaries.Count);
        foreach (var summary in summaries)
        {
            if (await StateAsync(summary.InstanceId, cancellationToken).ConfigureAwait(false) is { } state)
            {
                states.Add(state);
            }
        }
        return states;
    }

    private static InstanceState? Replay(IReadOnlyList<WorkflowEvent> events) => events.Count == 0 ? null : EventAppliers.Replay(events);
}
