using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime.Processors;

/// <summary>
/// The processors' side of <see cref="TaskAuthority"/>, over the engine's own task state, with the rejection that
/// names who may act instead.
/// </summary>
internal static class Authority
{
    public static bool MayAct(Actor actor, TaskState task, DateTimeOffset now) => TaskAuthority.MayAct(actor, TaskAuthority.Of(task, now));

    /// <summary>May take the task from the shared queue: ignores who holds it now.</summary>
    public static bool MayClaim(Actor actor, TaskState task, DateTimeOffset now) => TaskAuthority.MayClaim(actor, TaskAuthority.Of(task, now));

    /// <summary>On a multi-signer step, the signer whose answer the actor gives now (themselves, or the one they cover); else null.</summary>
    public static string? SignsFor(Actor actor, TaskState task, DateTimeOffset now) => TaskAuthority.SignsFor(actor, TaskAuthority.Of(task, now));

    /// <summary>
    /// Answers for the case as a whole (终止, the case clock): the system, or someone who may act on one of its open tasks.
    /// </summary>
    public static bool HandlesCase(Actor actor, IInstanceView instance, DateTimeOffset now) =>
        actor.IsSystem || instance.Tasks.Values.Any(t => t.Status == TaskLifecycle.Open && MayAct(actor, t, now));

    /// <summary>
    /// 暂停/恢复计时 and 延期 (issue 12): a step's clock is kept by whoever may act on the step, the case clock by whoever
    /// <see cref="HandlesCase"/>. Null when allowed, else a Forbidden rejection.
    /// </summary>
    public static Rejection? CheckClock(Actor actor, IInstanceView instance, ClockState clock, string action, DateTimeOffset now)
    {
        if (clock.TaskId is { } taskId && instance.Tasks.TryGetValue(taskId, out var task))
        {
            return MayAct(actor, task, now) ? null : Forbidden(actor, task, action + " on its clock");
        }
        return HandlesCase(actor, instance, now)
            ? null
            : Rejection.Forbidden($"Expected an officer handling one of the case's open tasks to {action} on clock '{clock.ClockId}', but '{actor.Id}' handles none (无权办理).");
    }

    public static bool IsSigner(Actor actor, TaskState task) => task.Signers.Exists(s => s.UserId == actor.Id);

    /// <summary>The handler's check, or else a Forbidden rejection naming who may act.</summary>
    public static Rejection? Check(Actor actor, TaskState task, string action, DateTimeOffset now) =>
        MayAct(actor, task, now) ? null : Forbidden(actor, task, action);

    public static Rejection Forbidden(Actor actor, TaskState task, string action)
    {
        var assignee = task.Opened.Assignee;
        var who = task.Holder is { } holder
            ? $"the task's holder '{holder}' (已由 {holder} 办理)"
            : task.Opened.Candidates.Count > 0
                ? $"one of its candidates {string.Join(", ", task.Opened.Candidates.Select(c => c.UserId))}"
                : assignee.DepartmentCode is { } department
                    ? $"someone acting for department '{department}'"
                    : $"someone holding post '{assignee.Post}' in division {assignee.DivisionCode}";
        return Rejection.Forbidden($"Expected {who} to {action} on task '{task.TaskId}', but '{actor.Id}' is not (无权办理).");
    }
}
