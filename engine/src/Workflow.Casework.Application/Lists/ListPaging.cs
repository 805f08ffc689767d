namespace Workflow.Casework.Application.Lists;

/// <summary>Which page of a list a person asked for: 1-based, <see cref="DefaultSize"/> rows unless they chose 10 to <see cref="MaxSize"/>.</summary>
public sealed record ListPaging(int Page, int PageSize)
{
    public const int DefaultSize = 20;

    public const int MaxSize = 200;

    /// <summary>The highest page number taken: 1,000,000 pages of 200 rows is beyond any list, and the offset cannot overflow.</summary>
    public const int MaxPage = 1_000_000;

    public int Offset => (Page - 1) * PageSize;

    /// <summary>The number of pages <paramref name="total"/> rows fill (at least one, so a pager always has a page 1).</summary>
    public int PagesOf(int total) => Math.Max(1, (total + PageSize - 1) / PageSize);

    /// <summary>Out-of-range numbers are corrected rather than refused: a pager link is never an error.</summary>
    public static ListPaging Of(int? page, int? pageSize) =>
        new(Math.Clamp(page ?? 1, 1, MaxPage), Math.Clamp(pageSize ?? DefaultSize, 10, MaxSize));
}
