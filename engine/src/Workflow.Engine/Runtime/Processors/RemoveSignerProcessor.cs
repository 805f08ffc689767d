using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>减签. Removing the last pending signer may meet the step's rule, which then decides it at once.</summary>
internal sealed class RemoveSignerProcessor : CommandProcessor<RemoveSigner>
{
    public override Rejection? Check(in CheckView view, RemoveSigner command)
    {
        var (task, rejection) = SignerChanges.Check(view.Instance, view.Now, command.TaskId, command.Actor, command.UserId, "remove a signer");
        if (task is null)
        {
            return rejection;
        }
        var signer = task.Signers.Find(s => s.UserId == command.UserId);
        if (signer is null)
        {
            return Rejection.NotFound($"Expected '{command.UserId}' to sign task '{task.TaskId}', but they do not.");
        }
        if (signer.Answered)
        {
            return Rejection.InvalidState($"Expected to remove a signer who has not answered, but '{signer.UserId}' already answered {signer.Outcome} (已签署的不能减签).");
        }
        if (task.Signers.Count == 1)
        {
            return Rejection.InvalidState($"Expected task '{task.TaskId}' to keep at least one signer, but '{signer.UserId}' is the only one.");
        }
        return null;
    }

    public override void Run(Burst burst, RemoveSigner command)
    {
        var task = burst.State.Tasks[command.TaskId];
        burst.Emit(new SignerRemoved(task.TaskId, command.UserId, command.Actor.Id, command.Reason, burst.Now));
        RecordDecisionProcessor.DecideIfRuleMet(burst, task, command.Actor.Id, null, null);
    }
}
