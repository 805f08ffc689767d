using System.Globalization;
using Workflow.Engine.Definitions;

namespace Workflow.Web.Ui.Flowcharts;

/// <summary>
/// Lays a definition's top-level flowchart out by graph layers: a breadth-first walk from the start activity gives
/// each activity the length of its shortest path from the start, which is its row; activities keep file order in a
/// row. Activities the walk does not reach go in a last row. Edges down the page are straight; edges back up (returns,
/// loops) go round the right margin, so they never cross boxes. No positions from the designer are used: the layout
/// depends only on the graph, so a case page always looks the same for the same version.
/// </summary>
public static class FlowchartLayout
{
    public const double BoxWidth = 150;
    public const double BoxHeight = 40;
    private const double ColumnGap = 24;
    private const double RowGap = 48;
    private const double Margin = 16;
    private const double ReturnLane = 14;
    private const int LabelLength = 10;

    public static FlowchartDiagram Layout(WorkflowDefinition definition, IReadOnlySet<string> visited, IReadOnlySet<string> current)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(visited);
        ArgumentNullException.ThrowIfNull(current);
        if (definition.Root.Body is not { Activities.Count: > 0 } chart)
        {
            return FlowchartDiagram.Empty;
        }
        var layers = Layers(chart);
        var rows = chart.Activities.GroupBy(a => layers[a.Id]).OrderBy(g => g.Key).ToList();
        var widest = rows.Max(r => r.Count());
        var contentWidth = widest * BoxWidth + (widest - 1) * ColumnGap;
        var boxes = new Dictionary<string, DiagramBox>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var items = row.ToList();
            var rowWidth = items.Count * BoxWidth + (items.Count - 1) * ColumnGap;
            var x = Margin + (contentWidth - rowWidth) / 2;
            var y = Margin + row.Key * (BoxHeight + RowGap);
            foreach (var activity in items)
            {
                var state = current.Contains(activity.NodeId) ? StepState.Current
                    : visited.Contains(activity.NodeId) ? StepState.Visited
                    : StepState.NotReached;
                var name = activity.DisplayName;
                var label = name.Length > LabelLength ? name[..(LabelLength - 1)] + "…" : name;
                boxes[activity.Id] = new DiagramBox(activity.Id, label, name, activity.Type, row.Key, x, y, state);
                x += BoxWidth + ColumnGap;
            }
        }

        var lines = new List<DiagramLine>();
        var returns = 0;
        var right = Margin + contentWidth;
        foreach (var connection in chart.Connections)
        {
            if (!boxes.TryGetValue(connection.SourceId, out var source) || !boxes.TryGetValue(connection.TargetId, out var target))
            {
                continue;
            }
            var taken = source.State != StepState.NotReached && target.State != StepState.NotReached;
            if (target.Layer > source.Layer)
            {
                var (x1, y1, x2, y2) = (source.CenterX, source.Y + BoxHeight, target.CenterX, target.Y);
                var midY = y1 + RowGap / 2;
                lines.Add(new DiagramLine(source.ActivityId, target.ActivityId, connection.SourcePort,
                    $"M{N(x1)},{N(y1)} L{N(x1)},{N(midY)} L{N(x2)},{N(midY)} L{N(x2)},{N(y2)}", false, taken, (x1 + x2) / 2, midY - 3));
            }
            else
            {
                returns++;
                var lane = right + returns * ReturnLane;
                var (x1, y1) = (source.X + BoxWidth, source.Y + BoxHeight / 2);
                var (x2, y2) = (target.X + BoxWidth, target.Y + BoxHeight / 2 - 6);
                lines.Add(new DiagramLine(source.ActivityId, target.ActivityId, connection.SourcePort,
                    $"M{N(x1)},{N(y1)} L{N(lane)},{N(y1)} L{N(lane)},{N(y2)} L{N(x2)},{N(y2)}", true, taken, lane - 2, (y1 + y2) / 2));
            }
        }
        var width = right + returns * ReturnLane + Margin * 2;
        var height = Margin * 2 + rows.Count * BoxHeight + (rows.Count - 1) * RowGap;
        return new FlowchartDiagram(width, height, boxes.Values.ToList(), lines);
    }

    private static Dictionary<string, int> Layers(Flowchart chart)
    {
        var layers = new Dictionary<string, int>(StringComparer.Ordinal);
        var queue = new Queue<string>();
        var start = chart.Start ?? chart.Activities[0];
        layers[start.Id] = 0;
        queue.Enqueue(start.Id);
        while (queue.TryDequeue(out var id))
        {
            foreach (var connection in chart.OutboundOf(id))
            {
                if (layers.TryAdd(connection.TargetId, layers[id] + 1))
                {
                    queue.Enqueue(connection.TargetId);
                }
            }
        }
        var unreached = layers.Count == 0 ? 0 : layers.Values.Max() + 1;
        foreach (var activity in chart.Activities)
        {
            layers.TryAdd(activity.Id, unreached);
        }
        return layers;
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
