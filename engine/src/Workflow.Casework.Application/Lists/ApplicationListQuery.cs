using Workflow.Casework;
using Workflow.Engine.Persistence.Casework;

namespace Workflow.Casework.Application.Lists;

/// <summary>
/// 受理记录's filter as typed into the page or the API (same parameters as <see cref="CaseListQuery"/>):
/// <see cref="Status"/> is one of <see cref="ApplicationStatuses"/>, <see cref="Item"/> an item code of the application.
/// </summary>
public sealed record ApplicationListQuery(
    string? CaseNumber = null,
    string? Applicant = null,
    string? Item = null,
    string? Status = null,
    string? From = null,
    string? To = null,
    int? Page = null,
    int? PageSize = null)
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
        return errors.Count > 0
            ? CaseworkOutcome<ApplicationSearch>.Invalid(errors)
            : new ApplicationSearch(FilterText.Of(CaseNumber), FilterText.Of(Applicant), FilterText.Of(Item), status, from, before);
    }

    public ListPaging Paging => ListPaging.Of(Page, PageSize);
}
