using Workflow.Engine.Activities.Approval;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.State;

namespace Workflow.Engine.Runtime;

/// <summary>
/// Tasks within one burst: opening one (with the organisation's candidates, recorded so replay never asks again),
/// reopening a step someone withdrew, supplements that pause the clocks, and ending a case by hand or by rule. A struct
/// over the burst, so a command pays no allocation for it.
/// </summary>
internal readonly struct TaskOperations(Burst burst)
{
    public const string SupplementPause = "补正材料";

    private InstanceState State => burst.State;

    public string Open(ActivityContext context, TaskRequest request)
    {
        var assignee = request.Assignee;
        var bookmarkId = burst.CreateBookmark(context.ScopeId, context.Node, BookmarkKind.Task, request.Title, null);
        var assignment = request.Resolved ?? burst.Services.Assignments.Resolve(new AssignmentRequest(
            assignee.Post,
            assignee.Level,
            assignee.DivisionCode,
            assignee.DepartmentCode,
            request.ServiceItem ?? CaseDivision.Value(context, CaseInputKeys.ServiceItem),
            CaseDivision.Value(context, CaseInputKeys.ApplicantIdNumber),
            CaseDivision.Of(context)) { At = burst.Now });
        if (assignment.DivisionCode is { } resolved && resolved != assignee.DivisionCode)
        {
            assignee = assignee with { DivisionCode = resolved };
        }
        var due = request.TimeLimitWorkingDays is { } days
            ? ClockArithmetic.Due(burst.Calendar, request.TimeLimitUnit, burst.Now, days, assignee.DivisionCode)
            : (DateTimeOffset?)null;
        var taskId = burst.NewTaskId();
        burst.Emit(new TaskOpened(taskId, bookmarkId, context.ScopeId, context.Node.NodeId, request.Kind, request.Title, assignee, request.Outcomes,
            request.CommentRequiredFor, request.TimeLimitWorkingDays, due, request.ChainStep, burst.Now)
        {
            Candidates = assignment.Candidates,
            Fallback = assignment.Fallback,
            PreviousTaskId = burst.LeadingTaskId,
            Signing = SigningOf(request, assignment),
            TimeLimitUnit = request.TimeLimitUnit,
        });
        if (request.TimeLimitWorkingDays is { } limit)
        {
            burst.Clocks.Start(taskId, taskId, limit, request.TimeLimitUnit, assignee.DivisionCode);
        }
        return taskId;
    }

    /// <summary>A multi-signer rule with its signers: explicit ones, else the candidates. With nobody to sign, one person decides.</summary>
    private static TaskSigning? SigningOf(TaskRequest request, Assignment assignment)
    {
        if (request.SignMode is null or SignModes.Single)
        {
            return null;
        }
        // A deputy (代理) may act for the absent signer's office, but is not a signer of their own.
        var signers = (request.Signers is { Count: > 0 } explicitSigners ? explicitSigners
                : assignment.Candidates.Where(c => c.CoverFor is null).Select(c => c.UserId))
            .Distinct(StringComparer.Ordinal).ToList();
        return signers.Count == 0 ? null : new TaskSigning(request.SignMode, signers, request.Threshold);
    }

    /// <summary>
    /// 撤回: cancels <paramref name="current"/> and opens <paramref name="previous"/>'s step again, as it was opened (same
    /// office, same candidates), for <paramref name="actorId"/>. The processor has checked that both share a scope.
    /// </summary>
    public void Reopen(TaskState current, TaskState previous, string actorId)
    {
        Cancel(current, "已撤回");
        var node = burst.Definition.NodesById[previous.Opened.ActivityId];
        var opened = previous.Opened;
        burst.LeadingTaskId = opened.PreviousTaskId;
        var context = new ActivityContext(burst, opened.ScopeId, node);
        var newTaskId = Open(context, new TaskRequest(opened.Kind, opened.Title, opened.Assignee, opened.Outcomes, opened.CommentRequiredFor,
            opened.TimeLimitWorkingDays, opened.ChainStep, Resolved: new Assignment(opened.Assignee.DivisionCode, opened.Candidates, opened.Fallback),
            TimeLimitUnit: opened.TimeLimitUnit));
        burst.Emit(new TaskWithdrawn(current.TaskId, previous.TaskId, newTaskId, actorId, burst.Now));
    }

    /// <summary>Closes an open task without an answer: its clock, its supplement timer and its bookmark go with it.</summary>
    public void Cancel(TaskState task, string reason)
    {
        burst.Emit(new TaskCancelled(task.TaskId, reason));
        burst.Clocks.Stop(task.TaskId);
        CancelTimers(task.TaskId);
        if (State.BookmarksMutable.TryGetValue(task.Opened.BookmarkId, out var bookmark))
        {
            burst.ReleaseBookmark(bookmark, reason);
        }
    }

    /// <summary>Cancels timers bound to a task (a supplement's auto-close), so none outlives the task.</summary>
    public void CancelTimers(string taskId)
    {
        if (State.TimersMutable.Count == 0)
        {
            return;
        }
        foreach (var timer in State.TimersMutable.Values.Where(t => t.TaskId == taskId).ToList())
        {
            burst.Emit(new TimerCancelled(timer.TimerId));
        }
    }

    /// <summary>一次性告知补正: records the notice, pauses the case and step clocks for 补正材料 and schedules the auto-close.</summary>
    public void RequestSupplement(TaskState task, string actorId, IReadOnlyList<string> missing, int autoCloseDays)
    {
        var timerId = "tm" + burst.NextSeq;
        var closeAt = ChinaTime.EndOfNthCalendarDay(burst.Now, autoCloseDays);
        burst.Emit(new SupplementRequested(task.TaskId, actorId, missing, autoCloseDays, timerId, closeAt, burst.Now));
        burst.Emit(new TimerScheduled(timerId, null, closeAt, TaskId: task.TaskId));
        foreach (var clockId in new[] { LegalClocks.CaseClock, task.TaskId })
        {
            if (State.ClocksMutable.TryGetValue(clockId, out var clock) && clock.PausedAt is null)
            {
                burst.Clocks.Pause(clockId, SupplementPause, actorId);
            }
        }
    }

    public void SupplySupplement(TaskState task, string actorId, IReadOnlyList<string> supplied)
    {
        var timerId = task.Supplement!.TimerId;
        burst.Emit(new SupplementSupplied(task.TaskId, actorId, supplied, burst.Now));
        if (State.TimersMutable.ContainsKey(timerId))
        {
            burst.Emit(new TimerCancelled(timerId));
        }
        foreach (var clockId in new[] { LegalClocks.CaseClock, task.TaskId })
        {
            if (State.ClocksMutable.TryGetValue(clockId, out var clock) && clock.PauseReason == SupplementPause)
            {
                burst.Clocks.Resume(clockId, actorId);
            }
        }
    }

    /// <summary>The supplement period ran out: the case closes, naming the rule.</summary>
    public void CloseForMissingMaterial(TimerState timer)
    {
        burst.Emit(new TimerFired(timer.TimerId, burst.Now));
        var days = State.TasksMutable.TryGetValue(timer.TaskId!, out var task) && task.Supplement is { } s ? s.AutoCloseDays : 0;
        EndCase(WorkflowSubStatus.ClosedForMissingMaterial, "补正期限届满，自动结案", null, null, $"补正期限 {days} 天届满未补齐，自动结案");
    }

    /// <summary>Ends the case now: every open task, wait, timer and clock is cancelled, and the ending is recorded.</summary>
    public void EndCase(WorkflowSubStatus status, string reason, string? actorId, string? actorReason, string? rule)
    {
        burst.CancelWaits(_ => true, reason);
        burst.Clocks.StopAll();
        foreach (var timer in State.TimersMutable.Values.ToList())
        {
            burst.Emit(new TimerCancelled(timer.TimerId));
        }
        burst.Emit(new InstanceFinished(status, burst.Now) { ActorId = actorId, Reason = actorReason, Rule = rule });
    }
}
