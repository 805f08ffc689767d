using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.ApprovalTask</c>: one human step, decided by one person or, with a <c>mode</c>, by several signers. It opens
/// a task and completes on the decision's outcome port.
/// </summary>
internal sealed class ApprovalTaskBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var s = (ApprovalTaskSettings)context.Node.Compiled!;
        var division = CaseDivision.Of(context);
        var assignee = new TaskAssignee(s.Post, s.Level, AdministrativeLevels.DivisionAt(division, s.Level), null, null);
        context.OpenTask(new TaskRequest(TaskKind.Approval, s.Title, assignee, s.Outcomes, s.CommentRequiredFor, s.TimeLimit,
            SignMode: s.Mode, Signers: s.Signers, Threshold: s.Threshold, TimeLimitUnit: s.TimeLimitUnit));
    }
}
