namespace Workflow.Web.Ui.Flowcharts;

/// <summary>A laid-out flowchart, ready to be written as inline SVG.</summary>
public sealed record FlowchartDiagram(double Width, double Height, IReadOnlyList<DiagramBox> Boxes, IReadOnlyList<DiagramLine> Lines)
{
    public static FlowchartDiagram Empty { get; } = new(0, 0, [], []);
}
