using Workflow.Engine.Runtime.Appliers;
using Workflow.Engine.Runtime.InMemory;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;

namespace Workflow.Web.Queries;

/// <summary>
/// The read side over the in-memory ports. Each read replays the committed events into a private copy, so a view
/// never enumerates the live state while a command changes it. Scanning every instance is fine for demo data; the
/// persistence issue replaces this class with queries over task and instance rows.
/// </summary>
public sealed class WorkflowQueries(InMemoryInstanceStore store, InMemoryDefinitionCatalog catalog)
{
    public IReadOnlyList<DefinitionSummary> Definitions() =>
        catalog.All()
            .OrderBy(d => d.DefinitionId, StringComparer.Ordinal)
            .ThenBy(d => d.Version)
            .Select(DefinitionSummary.From)
            .ToList();

    public InstanceView? Instance(string instanceId) => Snapshot(instanceId) is { } state ? InstanceView.From(state) : null;

    public IReadOnlyList<EventView>? Events(string instanceId)
    {
        var events = store.EventsOf(instanceId);
        return events.Count == 0 ? null : events.Select((e, i) => new EventView(i + 1, e)).ToList();
    }

    /// <summary>Every instance, newest first.</summary>
    public IReadOnlyList<InstanceView> Instances() =>
        store.InstanceIds
            .Select(Snapshot)
            .OfType<InstanceState>()
            .OrderByDescending(s => s.CreatedAt)
            .ThenBy(s => s.InstanceId, StringComparer.Ordinal)
            .Select(InstanceView.From)
            .ToList();

    public IReadOnlyList<TaskView> Tasks(TaskFilter filter) =>
        store.InstanceIds
            .Select(Snapshot)
            .OfType<InstanceState>()
            .SelectMany(s => s.Tasks.Values.Select(t => TaskView.From(s.InstanceId, t)))
            .Where(filter.Matches)
            .OrderBy(t => t.OpenedAt)
            .ThenBy(t => t.InstanceId, StringComparer.Ordinal)
            .ThenBy(t => t.TaskId, StringComparer.Ordinal)
            .ToList();

    private InstanceState? Snapshot(string instanceId)
    {
        var events = store.EventsOf(instanceId);
        return events.Count == 0 ? null : EventAppliers.Replay(events);
    }
}
