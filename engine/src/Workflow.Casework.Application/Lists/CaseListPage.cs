using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application.Lists;

/// <summary>A page of 案件查询: the cases as the caller may see them (masked, or their facts alone), and how many match in all.</summary>
public sealed record CaseListPage(IReadOnlyList<InstanceView> Cases, int Total, ListPaging Paging)
{
    public int Pages => Paging.PagesOf(Total);
}
