using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// Whether a person named by 转办, 委派, 抄送, 加签 or 人工指派 could hold (or read) the task, asked of the organisation
/// through the same port that chose its candidates. A refusal names the field that carried the person.
/// </summary>
internal static class HandOverTarget
{
    public static Rejection? Check(in CheckView view, TaskState task, string userId, HolderRole role, string field)
    {
        var assignee = task.Opened.Assignee;
        var request = new AssignmentRequest(
            assignee.Post,
            assignee.Level,
            assignee.DivisionCode,
            assignee.DepartmentCode,
            CaseDivision.Value(view.Instance, CaseInputKeys.ServiceItem),
            CaseDivision.Value(view.Instance, CaseInputKeys.ApplicantIdNumber),
            CaseDivision.Value(view.Instance, CaseInputKeys.DivisionCode));
        return view.Services.Assignments.RefuseHolder(request, userId, role) is { } reason
            ? Rejection.Invalid($"Expected someone who could {Verb(role)} task '{task.TaskId}', but '{userId}' cannot: {reason}.", field)
            : null;
    }

    private static string Verb(HolderRole role) => role switch
    {
        HolderRole.Reader => "read",
        _ => "hold",
    };
}
