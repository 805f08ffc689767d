using Workflow.Casework.Application.Views;

namespace Workflow.Casework.Application.Lists;

/// <summary>A page of 受理记录 (masked views) and how many applications match in all.</summary>
public sealed record ApplicationListPage(IReadOnlyList<ApplicationView> Applications, int Total, ListPaging Paging)
{
    public int Pages => Paging.PagesOf(Total);
}
