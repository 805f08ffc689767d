namespace Workflow.Engine.Definitions.Steps;

/// <summary>
/// Walks from one step's outcomes through the bookkeeping activities after it to the next steps. Each path becomes a
/// <see cref="StepLink"/> labelled with the step's outcome and, where a folded activity branches (an automatic
/// decision, a switch), the branch it took.
/// </summary>
internal static class StepFolding
{
    public static IEnumerable<StepLink> LinksFrom(Flowchart chart, ActivityNode source, Func<ActivityNode, bool> isStep)
    {
        foreach (var connection in chart.OutboundOf(source.Id))
        {
            var first = StepGraph.OutcomeText(connection.SourcePort);
            var path = new Path(source.Id, connection.SourcePort, first is null ? [] : [first], []);
            foreach (var link in Walk(chart, path, connection, isStep))
            {
                yield return link;
            }
        }
    }

    private static IEnumerable<StepLink> Walk(Flowchart chart, Path path, Connection connection, Func<ActivityNode, bool> isStep)
    {
        if (connection.Target is not { } target || path.Folded.Contains(target))
        {
            yield break;
        }
        if (isStep(target))
        {
            yield return new StepLink(path.SourceId, path.Port, target.Id, string.Join("，", path.Label), path.Folded);
            yield break;
        }
        var outbound = chart.OutboundOf(target.Id);
        var branches = outbound.Select(c => c.SourcePort).Distinct(StringComparer.Ordinal).Count() > 1;
        foreach (var next in outbound)
        {
            var text = branches ? StepGraph.OutcomeText(next.SourcePort) : null;
            var onward = path with { Label = text is null ? path.Label : [.. path.Label, text], Folded = [.. path.Folded, target] };
            foreach (var link in Walk(chart, onward, next, isStep))
            {
                yield return link;
            }
        }
    }

    private sealed record Path(string SourceId, string Port, IReadOnlyList<string> Label, IReadOnlyList<ActivityNode> Folded);
}
