using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// 撤回: whoever answered the step before a task takes their answer back while the task is untouched. The task is
/// cancelled and the previous step opens again for them (one level down, in a chain).
/// </summary>
internal sealed class WithdrawTaskProcessor : CommandProcessor<WithdrawTask>
{
    private const string Action = "withdraw";

    public override Rejection? Check(in CheckView view, WithdrawTask command)
    {
        var instance = view.Instance;
        var (task, rejection) = Checks.Open(instance, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (task.Opened.PreviousTaskId is not { } previousId || !instance.Tasks.TryGetValue(previousId, out var previous))
        {
            return Rejection.InvalidState($"Expected task '{task.TaskId}' to follow an answered step, but it does not (没有可撤回的上一步).");
        }
        if (!command.Actor.IsSystem && previous.ActorId != command.Actor.Id)
        {
            return Rejection.Forbidden($"Expected '{previous.ActorId}', who answered task '{previous.TaskId}', to withdraw, but '{command.Actor.Id}' did not answer it (只有上一步办理人可以撤回).");
        }
        if (task.IsTouched)
        {
            return Rejection.InvalidState($"Expected task '{task.TaskId}' to be untouched, but it has been claimed, signed, delegated or otherwise handled (下一步已处理，不能撤回).");
        }
        return Reopenable(view, task, previous) is { } notReopenable
            ? Rejection.InvalidState($"Expected to reopen task '{previous.TaskId}', but {notReopenable}.")
            : null;
    }

    public override void Run(Burst burst, WithdrawTask command)
    {
        var task = burst.State.Tasks[command.TaskId];
        burst.Tasks.Reopen(task, burst.State.Tasks[task.Opened.PreviousTaskId!], command.Actor.Id);
    }

    /// <summary>Why the previous step cannot open again where it stood, or null when it can.</summary>
    private static string? Reopenable(in CheckView view, TaskState current, TaskState previous)
    {
        if (previous.Status != TaskLifecycle.Completed || previous.Opened.Kind != TaskKind.Approval || previous.Opened.Signing is not null)
        {
            return "it was not an approval step decided by one person";
        }
        if (previous.Opened.ScopeId != current.Opened.ScopeId || !view.Instance.Scopes.TryGetValue(previous.Opened.ScopeId, out var scope))
        {
            return "the flow has moved to another branch";
        }
        var behavior = view.Definition.NodesById[previous.Opened.ActivityId].Descriptor!.Behavior;
        return behavior switch
        {
            ApprovalTaskBehavior => null,
            ApprovalChainBehavior when scope.Chains.ContainsKey(previous.Opened.ActivityId) => null,
            ApprovalChainBehavior => "its approval chain has already ended",
            _ => "its activity cannot reopen a step",
        };
    }
}
