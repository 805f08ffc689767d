using Workflow.Casework;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 案件查询's filter as typed into the page or the API (<c>?caseNumber=&amp;applicant=&amp;item=&amp;status=&amp;from=&amp;to=&amp;page=&amp;pageSize=</c>):
/// text parts match anywhere, <see cref="Status"/> is a key of <see cref="CaseStatusFilters"/>, dates are Beijing days.
/// </summary>
public sealed record CaseListQuery(
    string? CaseNumber = null,
    string? Applicant = null,
    string? Item = null,
    string? Status = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null)
{
    /// <summary>The store's search, or the fields that could not be read (in Chinese).</summary>
    public CaseworkOutcome<CaseSearch> ToSearch()
    {
        var errors = new List<FieldError>();
        var status = CaseStatusFilters.Find(Status);
        if (!string.IsNullOrWhiteSpace(Status) && status is null)
        {
            errors.Add(new FieldError("status", "没有这个办理状态。"));
        }
        var (from, before) = ListDates.Parse(From, To, errors);
        if (errors.Count > 0)
        {
            return CaseworkOutcome<CaseSearch>.Invalid(errors);
        }
        return new CaseSearch(FilterText.Of(CaseNumber), FilterText.Of(Applicant), FilterText.Of(Item), status?.Statuses.Select(s => s.ToString()).ToList(), from, before);
    }

    public ListPaging Paging => ListPaging.Of(Page, PageSize);
}
