using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.PublicNotice</c> (公示): waits N calendar days on a durable timer. An objection received meanwhile ends the
/// notice at once on the <c>objection</c> port; otherwise it completes on Done.
/// </summary>
internal sealed class PublicNoticeBehavior : ActivityBehavior
{
    public static readonly IReadOnlyList<string> Ports = ["Done", "objection"];

    public override void Execute(ActivityContext context)
    {
        var s = (PublicNoticeSettings)context.Node.Compiled!;
        if (IsChildProtection(context))
        {
            // Child-protection and orphan cases are never published; the rule that skipped the notice is recorded.
            context.WriteLine(ChildProtectionRule);
            context.Complete("Done");
            return;
        }
        context.PauseCaseClock(PauseReason); // the notice period does not count against the case's limit
        context.CreateBookmark(BookmarkKind.Notice, s.Title, context.Now.AddDays(s.Days));
    }

    public override void Resume(ActivityContext context, ResumeSignal signal)
    {
        context.ResumeCaseClock(PauseReason);
        context.Complete(signal.Outcome == "objection" ? "objection" : "Done");
    }

    private const string PauseReason = "公示";

    public const string ChildProtectionRule = "儿童保护、孤儿案件依规不予公示（规则：childProtection）";

    private static bool IsChildProtection(ActivityContext context) => Workflow.Engine.State.ChildProtection.Of(context.Instance.Input);
}
