using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

internal sealed class AddSignerProcessor : CommandProcessor<AddSigner>
{
    public override Rejection? Process(Burst burst, AddSigner command)
    {
        var (task, rejection) = SignerChanges.Check(burst, command.TaskId, command.Actor, command.UserId, "add a signer");
        if (task is null)
        {
            return rejection;
        }
        if (task.Signers.Exists(s => s.UserId == command.UserId))
        {
            return Rejection.Invalid($"Expected a new signer, but '{command.UserId}' already signs task '{task.TaskId}' (已是签署人).", "userId");
        }
        if (HandOverTarget.Check(burst, task, command.UserId, command.Actor.IsSystem ? HolderRole.Assigned : HolderRole.Holder, "userId") is { } refused)
        {
            return refused;
        }
        burst.Emit(new SignerAdded(task.TaskId, command.UserId, command.Actor.Id, command.Reason, burst.Now));
        return null;
    }
}
