namespace Workflow.Web.Ui.Flowcharts;

/// <summary>
/// One connection as an SVG path. <see cref="Back"/> marks an edge to an earlier or the same layer (a return), drawn
/// round the right-hand side; <see cref="Taken"/> an edge whose both ends the case has visited.
/// </summary>
public sealed record DiagramLine(string SourceId, string TargetId, string Port, string Path, bool Back, bool Taken, double LabelX, double LabelY);
