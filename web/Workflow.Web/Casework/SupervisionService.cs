using Workflow.Engine.Divisions;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Ports;
using Workflow.Web.Api.Contracts.Casework;

namespace Workflow.Web.Casework;

/// <summary>
/// The supervisor's view: open steps in the caller's scope that are overdue or due within the next few working days,
/// with counts by township and by item. 督办 itself is an engine command on the task.
/// </summary>
public sealed class SupervisionService(CaseworkStore store, IWorkingCalendar calendar, TimeProvider time, CaseAccess access)
{
    public async Task<SupervisionView> ListAsync(Caller caller, int withinWorkingDays, int limit, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var until = calendar.AddWorkingDays(now, withinWorkingDays);
        var rows = new Dictionary<string, DueTaskRecord>(StringComparer.Ordinal);
        foreach (var prefix in caller.ScopePrefixes)
        {
            foreach (var row in await store.DueBeforeAsync(prefix, until, limit, cancellationToken).ConfigureAwait(false))
            {
                rows.TryAdd(row.TaskId, row);
            }
        }
        var visible = new List<DueTaskRecord>();
        foreach (var row in rows.Values.OrderBy(r => r.DueAt))
        {
            if (visible.Count < limit && await SeesAsync(caller, row, cancellationToken).ConfigureAwait(false))
            {
                visible.Add(row);
            }
        }
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

    /// <summary>
    /// Child-protection and orphan cases stay out of the list, its counts included, for everyone the access policy does
    /// not let see them; only a caller without one of the posts those cases name needs the case looked at.
    /// </summary>
    private async Task<bool> SeesAsync(Caller caller, DueTaskRecord row, CancellationToken cancellationToken) =>
        Workflow.Casework.CaseAccessPolicy.ChildProtectionPosts.Any(caller.Subject.Holds)
        || await access.VisibleAsync(caller, row.InstanceId, cancellationToken).ConfigureAwait(false) is not null;

    private static IReadOnlyList<SupervisionCount> Count(IEnumerable<SupervisedTask> items, Func<SupervisedTask, string> key) =>
        items.GroupBy(key)
            .Select(g => new SupervisionCount(g.Key, g.Count(t => t.State == "overdue"), g.Count(t => t.State == "dueSoon")))
            .OrderByDescending(c => c.Overdue)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .ToList();
}
