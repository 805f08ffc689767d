using Workflow.Engine.Activities;
using Workflow.Engine.Activities.Design;

namespace Workflow.Engine.Definitions.Steps;

/// <summary>
/// A flowchart reduced to its business steps (issue 12): the one place that decides what the case page and the
/// designer's business view draw. A step is an activity that waits for someone or something (an approval, a public
/// notice, a timer), runs a flowchart of its own, starts the chart or ends it; every other activity (setting a variable
/// such as <c>结果：不予批准</c> or <c>退回点</c>, writing a line, a fork, a join, an automatic decision) is folded into
/// the edges that pass through it. A fault is no step: a path that only ends in one is left out.
/// </summary>
public sealed class StepGraph
{
    private StepGraph(IReadOnlyList<Step> steps, IReadOnlyList<StepLink> links)
    {
        Steps = steps;
        Links = links;
    }

    /// <summary>The steps in reading order: by distance from the start, then in file order.</summary>
    public IReadOnlyList<Step> Steps { get; }

    /// <summary>The edges between steps, one per distinct outcome path.</summary>
    public IReadOnlyList<StepLink> Links { get; }

    /// <summary>An empty graph, for a flowchart with no activities.</summary>
    public static StepGraph Empty { get; } = new([], []);

    /// <summary>The business steps of <paramref name="chart"/> (one level: a nested flowchart is one step).</summary>
    public static StepGraph Of(Flowchart? chart)
    {
        if (chart is not { Activities.Count: > 0 })
        {
            return Empty;
        }
        var start = chart.Start ?? chart.Activities[0];
        var drawn = chart.Activities.Where(a => a == start || IsStep(a)).ToList();
        var links = drawn.SelectMany(a => StepFolding.LinksFrom(chart, a, IsStep)).Distinct(LinkComparer.Instance).ToList();
        var ranks = Ranks(start.Id, links);
        var steps = drawn
            .Select(a => new Step(a, a.DisplayName, a.Descriptor?.Label ?? "未知环节", ranks.GetValueOrDefault(a.Id, int.MaxValue)))
            .OrderBy(s => s.Rank)
            .ThenBy(s => s.Activity.IndexInParent)
            .ToList();
        return new StepGraph(steps, links);
    }

    /// <summary>True when the case took <paramref name="link"/>: its step left by the link's outcome, and every activity folded into it and its target ran.</summary>
    public bool Taken(StepLink link, StepTrace trace)
    {
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(trace);
        return Find(link.SourceId) is { } source && trace.Left(source.Activity, link.Port)
            && Find(link.TargetId) is { } target && trace.Ran(target.Activity)
            && link.Folded.All(trace.Ran);
    }

    /// <summary>The step with activity id <paramref name="id"/>, or null.</summary>
    public Step? Find(string id) => Steps.FirstOrDefault(s => s.Id == id);

    /// <summary>
    /// Whether <paramref name="activity"/> is drawn as a step. Unknown types are drawn, so nothing a file holds is
    /// hidden by accident.
    /// </summary>
    public static bool IsStep(ActivityNode activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Descriptor is not { } d
            || d.IsBlocking
            || (d.IsContainer && activity.Body is { Activities.Count: > 0 })
            || d.TypeName is "Elsa.Start" or "Elsa.End" or "Elsa.Finish";
    }

    /// <summary>The Chinese text of an outcome on an edge: empty for <c>Done</c> and for a code with no Chinese name.</summary>
    internal static string? OutcomeText(string port) =>
        string.Equals(port, "Done", StringComparison.OrdinalIgnoreCase) ? null
        : PortLabels.Chinese.TryGetValue(port, out var name) ? name
        : port.Any(c => c > 0x2E80) ? port
        : null;

    private static Dictionary<string, int> Ranks(string startId, IReadOnlyList<StepLink> links)
    {
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal) { [startId] = 0 };
        var queue = new Queue<string>([startId]);
        while (queue.TryDequeue(out var id))
        {
            foreach (var link in links.Where(l => l.SourceId == id))
            {
                if (ranks.TryAdd(link.TargetId, ranks[id] + 1))
                {
                    queue.Enqueue(link.TargetId);
                }
            }
        }
        return ranks;
    }

    private sealed class LinkComparer : IEqualityComparer<StepLink>
    {
        public static LinkComparer Instance { get; } = new();

        public bool Equals(StepLink? x, StepLink? y) =>
            x is not null && y is not null && x.SourceId == y.SourceId && x.Port == y.Port && x.TargetId == y.TargetId && x.Label == y.Label;

        public int GetHashCode(StepLink obj) => HashCode.Combine(obj.SourceId, obj.Port, obj.TargetId, obj.Label);
    }
}
