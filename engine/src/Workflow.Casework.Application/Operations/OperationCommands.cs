using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Casework.Application.Operations;

/// <summary>
/// The engine command each host-granted operation sends, built once for the API, the pages and the offers: the grant
/// (<see cref="OperationGrants"/>) first, refused as Forbidden, then the command under the right actor. 人工指派 and
/// 加签/减签 run with the engine's authority under the assigner's own id (<see cref="Caller.WithHostAuthority"/>).
/// </summary>
public static class OperationCommands
{
    public static (WorkflowCommand? Command, Rejection? Refusal) Assign(Caller caller, string instanceId, string taskId, string userId, string reason) =>
        Granted(caller, OperationGrants.MayAssign(caller), () => new TransferTask(instanceId, taskId, caller.WithHostAuthority, userId, reason));

    public static (WorkflowCommand? Command, Rejection? Refusal) AddSigner(Caller caller, string instanceId, string taskId, string userId, string? reason) =>
        Granted(caller, OperationGrants.MayAssign(caller), () => new AddSigner(instanceId, taskId, caller.WithHostAuthority, userId, reason));

    public static (WorkflowCommand? Command, Rejection? Refusal) RemoveSigner(Caller caller, string instanceId, string taskId, string userId, string? reason) =>
        Granted(caller, OperationGrants.MayAssign(caller), () => new RemoveSigner(instanceId, taskId, caller.WithHostAuthority, userId, reason));

    /// <summary>撤销 (<see cref="CaseEndKind.Withdrawn"/>) needs the grant; 终止 is the engine's rule alone.</summary>
    public static (WorkflowCommand? Command, Rejection? Refusal) EndCase(Caller caller, string instanceId, CaseEndKind kind, string reason) =>
        Granted(caller, kind != CaseEndKind.Withdrawn || OperationGrants.MayWithdrawCase(caller),
            () => new CancelInstance(instanceId, caller.Actor, kind, reason));

    public static (WorkflowCommand? Command, Rejection? Refusal) Objection(Caller caller, string instanceId, string bookmarkId, string text) =>
        Granted(caller, OperationGrants.MayRecordObjection(caller), () => new RecordObjection(instanceId, bookmarkId, caller.Actor, text));

    private static (WorkflowCommand? Command, Rejection? Refusal) Granted(Caller caller, bool granted, Func<WorkflowCommand> build)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return granted
            ? (build(), null)
            : (null, Rejection.Forbidden($"Expected '{caller.Id}' to hold a post that may do this (无权办理), but they do not."));
    }
}
