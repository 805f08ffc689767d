using Workflow.Casework.Application.Lists;
using Workflow.Casework.Application.Views;

namespace Workflow.Web.Api.Contracts;

/// <summary>
/// <c>GET /api/inbox</c>: one tab's page (<paramref name="Box"/>), each row the task and its case as the caller may see
/// it, how many match in all, and every tab's count under the same filter (keyed <c>todo</c>, <c>done</c>, <c>cc</c>, <c>overdue</c>).
/// </summary>
public sealed record InboxSearchAnswer(string Box, IReadOnlyList<InboxSearchRow> Rows, int Total, int Page, int PageSize, int Pages,
    IReadOnlyDictionary<string, int> Counts)
{
    public static InboxSearchAnswer From(string box, InboxListPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new(box, page.Rows.Select(r => new InboxSearchRow(InboxItem.From(r.Task), r.Case)).ToList(), page.Total, page.Paging.Page,
            page.Paging.PageSize, page.Pages, page.Counts.ToDictionary(c => InboxTabs.KeyOf(c.Key), c => c.Value));
    }
}

/// <summary>One inbox row: the task, and its case as the caller may see it.</summary>
public sealed record InboxSearchRow(InboxItem Task, InstanceView Case);
