using Workflow.Casework;
using Workflow.Engine.Divisions;
using Workflow.Engine.Ports;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 案件查询's and the inbox's filter as typed into the page or the API
/// (<c>?caseNumber=&amp;applicant=&amp;item=&amp;status=&amp;division=&amp;from=&amp;to=&amp;dueFrom=&amp;dueTo=&amp;page=&amp;pageSize=</c>):
/// text parts match anywhere, <see cref="Status"/> is a key of <see cref="CaseStatusFilters"/>, <see cref="Division"/> a
/// 12-digit code whose subtree is searched, dates are Beijing days (<c>from</c>/<c>to</c> 受理, <c>dueFrom</c>/<c>dueTo</c>
/// an open step's deadline).
/// </summary>
public sealed record CaseListQuery(
    string? CaseNumber = null,
    string? Applicant = null,
    string? Item = null,
    string? Status = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null,
    string? Division = null,
    string? DueFrom = null,
    string? DueTo = null)
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
        var (dueFrom, dueBefore) = ListDates.Parse(DueFrom, DueTo, errors, ("dueFrom", "办理期限自"), ("dueTo", "办理期限至"));
        var division = FilterText.Of(Division);
        if (division is not null && !DivisionCode.IsValid(division))
        {
            errors.Add(new FieldError("division", "行政区划应为 12 位区划代码。"));
        }
        if (errors.Count > 0)
        {
            return CaseworkOutcome<CaseSearch>.Invalid(errors);
        }
        return new CaseSearch(FilterText.Of(CaseNumber), FilterText.Of(Applicant), FilterText.Of(Item), status?.Statuses.Select(s => s.ToString()).ToList(), from, before,
            division, dueFrom, dueBefore);
    }

    public ListPaging Paging => ListPaging.Of(Page, PageSize);
}
