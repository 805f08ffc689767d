using System.Globalization;
using Workflow.Casework.Application.Lists;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// The one filter form of the searched lists — 案件查询 (<c>/</c>), 受理记录 (<c>/window/applications</c>) and 待办
/// (<c>/inbox</c>): bound from the query string under the plain names (<c>caseNumber</c>, <c>applicant</c>,
/// <c>item</c>, <c>status</c>, <c>division</c>, <c>from</c>, <c>to</c>, <c>dueFrom</c>, <c>dueTo</c>, <c>page</c>,
/// <c>pageSize</c>), turned into the lists' queries, and written back into the pager's and export's links.
/// </summary>
public sealed class ListFilterForm
{
    public string? CaseNumber { get; set; }

    public string? Applicant { get; set; }

    public string? Item { get; set; }

    public string? Status { get; set; }

    /// <summary>A 12-digit division code: its subtree.</summary>
    public string? Division { get; set; }

    public string? From { get; set; }

    public string? To { get; set; }

    /// <summary>An open step's deadline, from this Beijing day.</summary>
    public string? DueFrom { get; set; }

    public string? DueTo { get; set; }

    public int? Page { get; set; }

    public int? PageSize { get; set; }

    /// <summary>案件查询's and the inbox's query (the inbox ignores the status).</summary>
    public CaseListQuery ToCaseQuery() => new(CaseNumber, Applicant, Item, Status, From, To, Page, PageSize, Division, DueFrom, DueTo);

    /// <summary>
    /// 受理记录's query: an application has no division or step deadline of its own, so the page neither shows nor
    /// carries them (<see cref="ApplicationLink"/>); the API and export refuse them (<see cref="ApplicationListQuery"/>).
    /// </summary>
    public ApplicationListQuery ToApplicationQuery() => new(CaseNumber, Applicant, Item, Status, From, To, Page, PageSize);

    /// <summary><paramref name="path"/> with this filter, page <paramref name="page"/> (none for the first) and any <paramref name="extra"/> parameters first.</summary>
    public string Link(string path, int? page, params (string Name, string? Value)[] extra) =>
        ListPager.Link(path, extra.Select(e => KeyValuePair.Create(e.Name, e.Value)).Concat(Parameters(page)));

    /// <summary>受理记录's <paramref name="path"/> with its own filter only: never a division or step deadline.</summary>
    public string ApplicationLink(string path, int? page) =>
        ListPager.Link(path, Parameters(page).Where(p => !CaseOnly.Contains(p.Key, StringComparer.Ordinal)));

    private static readonly string[] CaseOnly = ["division", "dueFrom", "dueTo"];

    private IEnumerable<KeyValuePair<string, string?>> Parameters(int? page)
    {
        yield return new("caseNumber", CaseNumber);
        yield return new("applicant", Applicant);
        yield return new("item", Item);
        yield return new("status", Status);
        yield return new("division", Division);
        yield return new("from", From);
        yield return new("to", To);
        yield return new("dueFrom", DueFrom);
        yield return new("dueTo", DueTo);
        yield return new("pageSize", PageSize?.ToString(CultureInfo.InvariantCulture));
        yield return new("page", page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null);
    }
}
