using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class AddSignerProcessor : CommandProcessor<AddSigner>
{
    public override Rejection? Check(in CheckView view, AddSigner command)
    {
        var (task, rejection) = SignerChanges.Check(view.Instance, view.Now, command.TaskId, command.Actor, command.UserId, "add a signer");
        if (task is null)
        {
            return rejection;
        }
        if (task.Signers.Exists(s => s.UserId == command.UserId))
        {
            return Rejection.Invalid($"Expected a new signer, but '{command.UserId}' already signs task '{task.TaskId}' (已是签署人).", "userId");
        }
        return HandOverTarget.Check(view, task, command.UserId, command.Actor.IsSystem ? HolderRole.Assigned : HolderRole.Holder, "userId");
    }

    public override void Run(Burst burst, AddSigner command) =>
        burst.Emit(new SignerAdded(command.TaskId, command.UserId, command.Actor.Id, command.Reason, burst.Now));
}
