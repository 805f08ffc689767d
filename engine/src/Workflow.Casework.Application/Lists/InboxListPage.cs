using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>A page of one inbox tab, how many tasks match in all, and the count of every tab under the same filter.</summary>
public sealed record InboxListPage(IReadOnlyList<InboxEntry> Rows, int Total, ListPaging Paging, IReadOnlyDictionary<InboxBox, int> Counts)
{
    public int Pages => Paging.PagesOf(Total);
}
