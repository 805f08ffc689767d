using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application;

/// <summary>
/// The supervisor's view: open steps in the caller's scope that are overdue or due within the next few working days,
/// with counts by township and by item. 督办 itself is an engine command on the task.
/// </summary>
public sealed class SupervisionService(CaseworkStore store, IWorkingCalendar calendar, TimeProvider time)
{
    public async Task<SupervisionView> ListAsync(Caller caller, int withinWorkingDays, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = calendar.AddWorkingDays(now, withinWorkingDays);
        // The caller's scope is part of the query: child-protection cases and other districts' referrals are never read.
        var visible = await store.DueBeforeAsync(caller.Scope, until, limit, cancellationToken).ConfigureAwait(false);
        var items = visible.Select(r =>
        {
            var overdue = r.DueAt < now;
            var remaining = overdue ? -calendar.WorkingDaysBetween(r.DueAt, now) : calendar.WorkingDaysBetween(now, r.DueAt);
            return new SupervisedTask(r.InstanceId, r.TaskId, r.Title, r.DefinitionId, r.DivisionCode, r.DepartmentCode, r.Post, r.DueAt, remaining,
                overdue ? "overdue" : "dueSoon");
        }).ToList();
        return new SupervisionView(
            now,
            withinWorkingDays,
            items,
            Count(items, t => DivisionCode.From(t.DivisionCode)?.At(AdministrativeLevel.Township).Value ?? "-"),
            Count(items, t => t.DefinitionId));
    }

    private static IReadOnlyList<SupervisionCount> Count(IEnumerable<SupervisedTask> items, Func<SupervisedTask, string> key) =>
        items.GroupBy(key)
            .Select(g => new SupervisionCount(g.Key, g.Count(t => t.State == "overdue"), g.Count(t => t.State == "dueSoon")))
            .OrderByDescending(c => c.Overdue)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
}
