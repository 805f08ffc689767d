using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.Referral</c> (转办): opens a task owned by a department, such as 区教育局, and waits for its reply. The
/// reply's outcome is the port taken; its data can be kept in a variable.
/// </summary>
internal sealed class ReferralBehavior : ActivityBehavior
{
    public override void Execute(ActivityContext context)
    {
        var s = (ReferralSettings)context.Node.Compiled!;
        var division = CaseDivision.Of(context);
        var assignee = new TaskAssignee(null, s.Level, AdministrativeLevels.DivisionAt(division, s.Level), s.DepartmentCode, s.DepartmentName);
        context.OpenTask(TaskKind.Referral, s.Title, assignee, s.Outcomes, [], s.TimeLimit);
    }

    public override void Resume(ActivityContext context, ResumeSignal signal)
    {
        var s = (ReferralSettings)context.Node.Compiled!;
        if (s.ResultVariable is { } variable)
        {
            context.SetVariable(variable, new System.Text.Json.Nodes.JsonObject
            {
                ["outcome"] = signal.Outcome,
                ["comment"] = signal.Task?.Comment,
                ["data"] = signal.Task?.Data?.DeepClone(),
            });
        }
        context.Complete(signal.Outcome ?? s.Outcomes[0]);
    }
}
