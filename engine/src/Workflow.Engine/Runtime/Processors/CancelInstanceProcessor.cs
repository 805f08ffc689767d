using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// 撤销 (the applicant or the window withdraws the application: anyone at the window may record it) or 终止 (an
/// officer who may act on one of the case's open tasks ends it). Either way every wait, timer and clock stops.
/// </summary>
internal sealed class CancelInstanceProcessor : CommandProcessor<CancelInstance>
{
    public override Rejection? Check(in CheckView view, CancelInstance command)
    {
        var action = command.Kind == CaseEndKind.Withdrawn ? "withdraw the case" : "terminate the case";
        if (Checks.Running(view.Instance, action) is { } notRunning)
        {
            return notRunning;
        }
        if (!Enum.IsDefined(command.Kind))
        {
            return Rejection.Invalid($"Expected a kind of Withdrawn or Terminated, but got {command.Kind}.", "kind");
        }
        if (Checks.Required(command.Reason, "reason", "the reason for ending the case") is { } noReason)
        {
            return noReason;
        }
        if (command.Kind == CaseEndKind.Terminated && !Authority.HandlesCase(command.Actor, view.Instance, view.Now))
        {
            return Rejection.Forbidden($"Expected an officer handling one of the case's open tasks to terminate it, but '{command.Actor.Id}' handles none (无权终止).");
        }
        return null;
    }

    public override void Run(Burst burst, CancelInstance command)
    {
        var (status, text) = command.Kind == CaseEndKind.Withdrawn
            ? (WorkflowSubStatus.Withdrawn, "申请已撤销")
            : (WorkflowSubStatus.Terminated, "案件已终止");
        burst.Tasks.EndCase(status, text, command.Actor.Id, command.Reason, null);
    }
}
