using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class RecordDepartmentReplyProcessor : CommandProcessor<RecordDepartmentReply>
{
    private const string Action = "record a department reply";

    public override Rejection? Check(in CheckView view, RecordDepartmentReply command)
    {
        var (task, rejection) = Checks.Answerable(view.Instance, command.TaskId, TaskKind.Referral, command.Outcome, command.Comment, Action);
        if (task is null || rejection is not null)
        {
            return rejection;
        }
        if (!command.Actor.IsSystem && task.Opened.Assignee.DepartmentCode != command.DepartmentCode)
        {
            return Rejection.Forbidden($"Expected a reply from department '{task.Opened.Assignee.DepartmentCode}', but it came from '{command.DepartmentCode}'.");
        }
        if (task.Supplement is not null)
        {
            return Rejection.InvalidState($"Expected to {Action} on task '{task.TaskId}', but it waits for supplementary material (等待补正).");
        }
        return Authority.Check(command.Actor, task, "reply", view.Now);
    }

    public override void Run(Burst burst, RecordDepartmentReply command)
    {
        var task = burst.State.Tasks[command.TaskId];
        burst.Emit(new DepartmentReplied(task.TaskId, command.DepartmentCode, command.Actor.Id, command.Outcome, command.Comment, command.Data, burst.Now));
        Checks.ResumeAfterAnswer(burst, task, command.Outcome, command.Data, "replied");
    }
}
