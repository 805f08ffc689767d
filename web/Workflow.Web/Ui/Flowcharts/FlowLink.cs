namespace Workflow.Web.Ui.Flowcharts;

/// <summary>An edge between two steps: its outcome in Chinese, the bookkeeping folded into it, and whether the case took it.</summary>
public sealed record FlowLink(string SourceId, string TargetId, string Label, IReadOnlyList<string> Folded, bool Taken);
