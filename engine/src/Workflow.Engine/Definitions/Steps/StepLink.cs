namespace Workflow.Engine.Definitions.Steps;

/// <summary>
/// An edge between two business steps, standing for a path through any bookkeeping activities in between (setting a
/// variable, a result, a return point, a fork or join, an automatic decision). <see cref="Label"/> is the outcome in
/// Chinese (empty for a plain "完成"), and <see cref="Folded"/> the bookkeeping activities the path runs through, in order.
/// </summary>
public sealed record StepLink(string SourceId, string Port, string TargetId, string Label, IReadOnlyList<ActivityNode> Folded);
