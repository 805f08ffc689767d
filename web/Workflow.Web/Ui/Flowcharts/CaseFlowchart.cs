using Workflow.Casework.Application.Views;
using Workflow.Engine.Definitions;
using Workflow.Engine.Definitions.Steps;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Web.Ui.Flowcharts;

/// <summary>
/// The case page's flowchart: the definition's business steps (<see cref="StepGraph"/>, which decides what is a step)
/// with the path the case took and the steps it waits on. The browser lays it out with dagre (wwwroot/js/flowchart.js);
/// without script the steps read as an ordered list.
/// </summary>
public sealed record CaseFlowchart(IReadOnlyList<FlowStep> Steps, IReadOnlyList<FlowLink> Links)
{
    public static CaseFlowchart Empty { get; } = new([], []);

    /// <param name="definition">The case's definition version; null when the catalog no longer has it.</param>
    /// <param name="events">The case's events in order.</param>
    /// <param name="current">The node ids the case waits on (a task, a timer, a notice).</param>
    /// <param name="openTasks">The open tasks with the node id of the activity that opened each.</param>
    public static CaseFlowchart From(
        WorkflowDefinition? definition, IEnumerable<WorkflowEvent> events, IReadOnlySet<string> current, IReadOnlyList<(string NodeId, TaskView Task)> openTasks)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(openTasks);
        var graph = StepGraph.Of(definition?.Root.Body);
        if (graph.Steps.Count == 0)
        {
            return Empty;
        }
        var trace = new StepTrace();
        foreach (var e in events)
        {
            if (e is ActivityExecuted executed)
            {
                trace.Completed(executed.NodeId, executed.Outcomes);
            }
            else if (e is TaskOpened opened)
            {
                trace.Reached(opened.ActivityId);
            }
        }
        var steps = graph.Steps.Select(s =>
        {
            var node = s.Activity.NodeId;
            var waiting = current.Contains(node) || current.Any(c => c.StartsWith(node + ":", StringComparison.Ordinal));
            var state = waiting ? StepState.Current : trace.Ran(s.Activity) ? StepState.Visited : StepState.NotReached;
            var tasks = openTasks.Where(t => t.NodeId == node || t.NodeId.StartsWith(node + ":", StringComparison.Ordinal)).Select(t => t.Task).ToList();
            return new FlowStep(s.Id, s.Name, s.Kind, s.Rank, state, tasks);
        }).ToList();
        var links = graph.Links
            .Select(l => new FlowLink(l.SourceId, l.TargetId, l.Label, [.. l.Folded.Select(a => a.DisplayName)], graph.Taken(l, trace)))
            .ToList();
        return new CaseFlowchart(steps, links);
    }
}
