namespace Workflow.Web.Ui.Support;

/// <summary>One event of a case as the timeline shows it: when, who, what, and any comment (shown as text).</summary>
public sealed record TimelineEntry(long Sequence, DateTimeOffset? At, string Who, string What, string? Detail, bool IsDecision);
