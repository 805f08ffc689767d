using Workflow.Casework.Application;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Definitions;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Flowcharts;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// Everything the case and task pages show about one case: the case, its definition version, the flowchart with the
/// path taken, the timeline and the earlier opinions. <see cref="LoadAsync"/> answers null both for a case that does
/// not exist and for one outside the person's scope.
/// </summary>
public sealed record CaseDetails(
    InstanceView Instance,
    WorkflowDefinition? Definition,
    CaseFlowchart Flowchart,
    IReadOnlyList<TimelineEntry> Timeline,
    IReadOnlyList<TaskView> Opinions)
{
    public string Title => Instance.ApplicantName is { } applicant ? $"{Definition?.Name ?? Instance.DefinitionId}（{applicant}）" : Definition?.Name ?? Instance.DefinitionId;

    public static async Task<CaseDetails?> LoadAsync(
        string instanceId, Caller caller, WorkflowQueries queries, IDefinitionCatalog catalog, CancellationToken cancellationToken, Names? names = null)
    {
        ArgumentNullException.ThrowIfNull(queries);
        ArgumentNullException.ThrowIfNull(catalog);
        if (CaseAccess.For(caller, await queries.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)) is not { } instance)
        {
            return null;
        }
        var events = await queries.EventsAsync(instanceId, cancellationToken).ConfigureAwait(false) ?? [];
        var definition = catalog.Find(instance.DefinitionId, instance.DefinitionVersion);
        // The current steps are those still waiting: on a person, a department, a timer or a public notice.
        var waiting = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events.Select(v => v.Event))
        {
            if (e is BookmarkCreated created)
            {
                waiting[created.BookmarkId] = created.ActivityId;
            }
            else if (e is BookmarkRemoved removed)
            {
                waiting.Remove(removed.BookmarkId);
            }
        }
        var opened = events.Select(v => v.Event).OfType<TaskOpened>().ToList();
        var openTasks = instance.OpenTasks
            .Select(t => (NodeId: opened.FirstOrDefault(o => o.TaskId == t.TaskId)?.ActivityId, Task: t))
            .Where(t => t.NodeId is not null)
            .Select(t => (t.NodeId!, t.Task))
            .ToList();
        var current = waiting.Values.Concat(openTasks.Select(t => t.Item1)).ToHashSet(StringComparer.Ordinal);
        var flowchart = CaseFlowchart.From(definition, events.Select(v => v.Event), current, openTasks);
        var opinions = instance.Tasks.Where(t => t.Status != TaskLifecycle.Open && t.Outcome is not null).OrderBy(t => t.ClosedAt).ToList();
        var timeline = Support.Timeline.From(events, definition, names is null ? null : names.User);
        // A supervisor who sees the case only to supervise reads what happened when, not what anyone wrote.
        return new CaseDetails(instance, definition, flowchart, instance.OnlyFacts ? timeline.Select(e => e with { Detail = null }).ToList() : timeline, opinions);
    }
}
