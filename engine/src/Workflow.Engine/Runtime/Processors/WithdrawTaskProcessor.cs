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

    public override Rejection? Process(Burst burst, WithdrawTask command)
    {
        var state = burst.State;
        var (task, rejection) = Checks.Open(state, command.TaskId, Action);
        if (task is null)
        {
            return rejection;
        }
        if (task.Opened.PreviousTaskId is not { } previousId || !state.Tasks.TryGetValue(previousId, out var previous))
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
        if (Reopenable(burst, task, previous) is { } notReopenable)
        {
            return Rejection.InvalidState($"Expected to reopen task '{previous.TaskId}', but {notReopenable}.");
        }
        burst.Reopen(task, previous, command.Actor.Id);
        return null;
    }

    /// <summary>Why the previous step cannot open again where it stood, or null when it can.</summary>
    private static string? Reopenable(Burst burst, TaskState current, TaskState previous)
    {
        if (previous.Status != TaskLifecycle.Completed || previous.Opened.Kind != TaskKind.Approval || previous.Opened.Signing is not null)
        {
            return "it was not an approval step decided by one person";
        }
        if (previous.Opened.ScopeId != current.Opened.ScopeId || !burst.State.Scopes.TryGetValue(previous.Opened.ScopeId, out var scope))
        {
            return "the flow has moved to another branch";
        }
        var behavior = burst.Definition.NodesById[previous.Opened.ActivityId].Descriptor!.Behavior;
        return behavior switch
        {
            ApprovalTaskBehavior => null,
            ApprovalChainBehavior when scope.Chains.ContainsKey(previous.Opened.ActivityId) => null,
            ApprovalChainBehavior => "its approval chain has already ended",
            _ => "its activity cannot reopen a step",
        };
    }
}
