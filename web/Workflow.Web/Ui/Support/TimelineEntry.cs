namespace Workflow.Web.Ui.Support;

/// <summary>
/// One event of a case as the timeline shows it: when, who (a person's name, or 系统), what, and any comment (shown as
/// text). <paramref name="ByPeople"/> marks what people did or care about (decisions, hand-overs, 补正, 公示, 督办, the
/// case's start and end); the rest is the engine's bookkeeping, shown only with 显示系统记录.
/// </summary>
public sealed record TimelineEntry(long Sequence, DateTimeOffset? At, string Who, string What, string? Detail, bool ByPeople);
