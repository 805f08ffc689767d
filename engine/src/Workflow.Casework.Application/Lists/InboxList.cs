using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// The inbox (待办 · 已办 · 抄送 · 超期): one tab's tasks that match a filter, a page at a time. The tab's who-may-act rule,
/// the scope and the filter are one SQL query (<see cref="IInboxQueries.SearchAsync"/>), so a page and the tabs' counts
/// hold only what the caller may act on and see; a search by name looks only where the caller sees names, as in
/// 案件查询 (<see cref="CaseList"/>). Every row's case then passes <see cref="CaseAccess.For"/> like a single read.
/// </summary>
public sealed class InboxList(IInboxQueries inbox, CaseReader cases, TimeProvider time)
{
    public async Task<CaseworkOutcome<InboxListPage>> SearchAsync(Caller caller, InboxBox box, CaseListQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(query);
        var parsed = (query with { Status = null }).ToSearch();
        if (parsed.Value is not { } search)
        {
            return CaseworkOutcome<InboxListPage>.Invalid(parsed.Errors!);
        }
        var scope = CaseList.ScopeFor(caller, search);
        var now = time.GetUtcNow();
        var paging = query.Paging;
        var page = await inbox.SearchAsync(new InboxSearch(caller.Actor, box, search, now), scope, paging.Offset, paging.PageSize, cancellationToken)
            .ConfigureAwait(false);
        var counts = new Dictionary<InboxBox, int> { [box] = page.Total };
        foreach (var other in Enum.GetValues<InboxBox>().Where(b => b != box))
        {
            counts[other] = (await inbox.SearchAsync(new InboxSearch(caller.Actor, other, search, now), scope, 0, 1, cancellationToken).ConfigureAwait(false)).Total;
        }
        var rows = new List<InboxEntry>(page.Rows.Count);
        foreach (var task in page.Rows)
        {
            if (CaseAccess.For(caller, await cases.InstanceAsync(task.InstanceId, cancellationToken).ConfigureAwait(false)) is { } view)
            {
                rows.Add(new InboxEntry(task, view));
            }
        }
        return new InboxListPage(rows, page.Total, paging, counts);
    }
}
