using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Engine.Activities.Approval;

/// <summary>
/// <c>Gov.FollowUpVisits</c> (随访, issue 11): a durable repeating timer. Every <c>everyDays</c> calendar days a visit
/// task opens (one outcome, <c>visited</c>, assigned like <c>Gov.ApprovalTask</c>) and the next timer is set, until
/// <c>times</c> visits are opened; when all of them are recorded the activity completes on <c>Done</c>. The schedule
/// lives in events (<see cref="FollowUpScheduled"/>, <see cref="FollowUpVisited"/>), so replay rebuilds it, and its
/// timers are bookmarks, so ending the case or the flowchart clears them.
/// </summary>
internal sealed class FollowUpVisitsBehavior : ActivityBehavior
{
    public const string Visited = "visited";

    public static IReadOnlyList<string> Ports => ActivityDescriptor.Done;

    private static readonly IReadOnlyList<string> VisitOutcomes = [Visited];

    public override void Execute(ActivityContext context)
    {
        var s = (FollowUpVisitsSettings)context.Node.Compiled!;
        Schedule(context, s, 1, context.Now.AddDays(s.EveryDays));
    }

    public override void Resume(ActivityContext context, ResumeSignal signal)
    {
        var s = (FollowUpVisitsSettings)context.Node.Compiled!;
        var follow = context.Instance.Scopes[context.ScopeId].FollowUps[context.Node.NodeId];
        if (signal.Task is null)
        {
            OpenVisit(context, s, follow.Scheduled);
            if (follow.Scheduled < s.Times)
            {
                // A fixed cadence from the schedule, not from when the pump fired or the last visit was recorded.
                Schedule(context, s, follow.Scheduled + 1, follow.DueAt.AddDays(s.EveryDays));
            }
            return;
        }
        var visits = follow.Visited + 1;
        context.Emit(new FollowUpVisited(context.ScopeId, context.Node.NodeId, signal.Task.TaskId, visits));
        if (visits >= s.Times)
        {
            context.Complete(ActivityDescriptor.Done);
        }
    }

    private static void Schedule(ActivityContext context, FollowUpVisitsSettings s, int visit, DateTimeOffset due)
    {
        context.CreateBookmark(BookmarkKind.Timer, VisitTitle(s, visit), due);
        context.Emit(new FollowUpScheduled(context.ScopeId, context.Node.NodeId, visit, s.Times, due));
    }

    private static void OpenVisit(ActivityContext context, FollowUpVisitsSettings s, int visit)
    {
        var division = CaseDivision.Of(context);
        var assignee = new TaskAssignee(s.Post, s.Level, AdministrativeLevels.DivisionAt(division, s.Level), null, null);
        context.OpenTask(new TaskRequest(TaskKind.Approval, VisitTitle(s, visit), assignee, VisitOutcomes, [], s.TimeLimit,
            TimeLimitUnit: s.TimeLimitUnit));
    }

    private static string VisitTitle(FollowUpVisitsSettings s, int visit) => $"{s.Title}（第 {visit}/{s.Times} 次）";
}
