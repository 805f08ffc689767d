using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// A decision on an approval step. On a multi-signer step it is one signer's answer, and the step decides when its
/// rule is met; on a delegated step the delegate's answer is an opinion and the task goes back to the delegator.
/// </summary>
internal sealed class RecordDecisionProcessor : CommandProcessor<RecordDecision>
{
    private const string Action = "record a decision";

    public override Rejection? Check(in CheckView view, RecordDecision command)
    {
        var (task, rejection) = Checks.Answerable(view.Instance, command.TaskId, TaskKind.Approval, command.Outcome, command.Comment, Action);
        if (task is null || rejection is not null)
        {
            return rejection;
        }
        if (task.Supplement is not null)
        {
            return Rejection.InvalidState($"Expected to {Action} on task '{task.TaskId}', but it waits for supplementary material (等待补正).");
        }
        if (SignsAsSigner(task, command))
        {
            return CheckSigner(task, command, view.Now);
        }
        return Authority.Check(command.Actor, task, "decide", view.Now);
    }

    public override void Run(Burst burst, RecordDecision command)
    {
        var task = burst.State.Tasks[command.TaskId];
        if (SignsAsSigner(task, command))
        {
            // A deputy (代理) answers as the signer they cover: the signature is theirs, "代 X".
            var signer = Authority.SignsFor(command.Actor, task, burst.Now) ?? command.Actor.Id;
            burst.Emit(new SignerAnswered(task.TaskId, signer, command.Outcome, command.Comment, burst.Now)
            {
                DeputyId = signer == command.Actor.Id ? null : command.Actor.Id,
            });
            DecideIfRuleMet(burst, task, command.Actor.Id, command.Comment, command.Data);
            return;
        }
        if (task.DelegatedBy is { } delegator && !command.Actor.IsSystem)
        {
            burst.Emit(new DelegateAnswered(task.TaskId, command.Actor.Id, delegator, command.Outcome, command.Comment, command.Data, burst.Now));
            return;
        }
        burst.Emit(new DecisionRecorded(task.TaskId, command.Actor.Id, command.Outcome, command.Comment, command.Data, burst.Now)
        {
            OnBehalfOf = task.Opened.Candidates.FirstOrDefault(c => c.UserId == command.Actor.Id && c.CoverFor is not null)?.CoverFor,
        });
        Checks.ResumeAfterAnswer(burst, task, command.Outcome, command.Data, "decided");
    }

    /// <summary>On a multi-signer step a person's decision is their answer as a signer; the system decides the step.</summary>
    private static bool SignsAsSigner(TaskState task, RecordDecision command) => task.Signers.Count > 0 && !command.Actor.IsSystem;

    private static Rejection? CheckSigner(TaskState task, RecordDecision command, DateTimeOffset now)
    {
        var answersAs = Authority.SignsFor(command.Actor, task, now) ?? command.Actor.Id;
        var signer = task.Signers.Find(s => s.UserId == answersAs);
        if (signer is null)
        {
            return Rejection.Forbidden(
                $"Expected one of the signers {string.Join(", ", task.Signers.Select(s => s.UserId))} to answer task '{task.TaskId}', but '{command.Actor.Id}' is not (非签署人).");
        }
        if (signer.Answered)
        {
            return Rejection.InvalidState($"Expected '{signer.UserId}' to answer task '{task.TaskId}' once, but they already answered {signer.Outcome}.");
        }
        if (task.Opened.Signing!.Mode == SignModes.Sequential && SignRules.Current(task) is { } turn && turn.UserId != signer.UserId)
        {
            return Rejection.InvalidState($"Expected '{turn.UserId}' to answer task '{task.TaskId}' next, but '{signer.UserId}' answered out of order (依次审批，尚未轮到).");
        }
        return null;
    }

    /// <summary>Closes a multi-signer step whose rule is now met, with the outcome and the tally.</summary>
    public static void DecideIfRuleMet(Burst burst, TaskState task, string actorId, string? comment, System.Text.Json.Nodes.JsonObject? data)
    {
        var (outcome, tally) = SignRules.Evaluate(task);
        if (outcome is null)
        {
            return;
        }
        burst.Emit(new DecisionRecorded(task.TaskId, actorId, outcome, comment, data, burst.Now) { Tally = tally });
        Checks.ResumeAfterAnswer(burst, task, outcome, data, "decided");
    }
}
