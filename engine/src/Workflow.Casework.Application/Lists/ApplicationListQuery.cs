using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 受理记录's filter as typed into the page or the API (same parameters as <see cref="CaseListQuery"/>):
/// <see cref="Status"/> is one of <see cref="ApplicationStatuses"/>, <see cref="Item"/> an item code of the application.
/// An application has no division or step deadline of its own: <see cref="Division"/>, <see cref="DueFrom"/> and
/// <see cref="DueTo"/> are bound only to be refused in Chinese, never silently dropped (a wider answer than asked for).
/// </summary>
public sealed record ApplicationListQuery(
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
    public static readonly IReadOnlyList<string> Statuses =
        [ApplicationStatuses.Accepted, ApplicationStatuses.Processing, ApplicationStatuses.Closed, ApplicationStatuses.Refused];

    public CaseworkOutcome<ApplicationSearch> ToSearch()
    {
        var errors = new List<FieldError>();
        var status = FilterText.Of(Status);
        if (status is not null && !Statuses.Contains(status))
        {
            errors.Add(new FieldError("status", "没有这个受理状态。"));
        }
        var (from, before) = ListDates.Parse(From, To, errors);
        if (FilterText.Of(Division) is not null)
        {
            errors.Add(new FieldError("division", "受理记录不按行政区划筛选，请到案件查询按行政区划查找。"));
        }
        if (FilterText.Of(DueFrom) is not null || FilterText.Of(DueTo) is not null)
        {
            errors.Add(new FieldError(FilterText.Of(DueFrom) is not null ? "dueFrom" : "dueTo", "受理记录不按办理期限筛选，请到案件查询或待办按办理期限查找。"));
        }
        return errors.Count > 0
            ? CaseworkOutcome<ApplicationSearch>.Invalid(errors)
            : new ApplicationSearch(FilterText.Of(CaseNumber), FilterText.Of(Applicant), FilterText.Of(Item), status, from, before);
    }

    public ListPaging Paging => ListPaging.Of(Page, PageSize);
}
