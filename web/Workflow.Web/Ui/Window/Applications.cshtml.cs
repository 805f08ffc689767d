using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Lists;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Window;

/// <summary>
/// <c>/window/applications?caseNumber=&amp;applicant=&amp;item=&amp;status=&amp;from=&amp;to=&amp;page=</c> (受理记录, <see cref="ListFilterForm"/>): the
/// applications in the caller's scope that match the filter — for a window clerk, those accepted at their windows
/// (<see cref="ApplicationList.ListsOwnIntake"/>) — a page at a time, with each sub-case's department, status and
/// result, and an Excel export of every page of the same filter. It has no division or due-date filter, and its links
/// carry none (<see cref="ListFilterForm.ApplicationLink"/>).
/// </summary>
public sealed class ApplicationsModel(CallerResolver callers, CaseworkDirectory directory, ApplicationList applications) : WindowPage(callers, directory)
{
    [BindProperty(SupportsGet = true)]
    public ListFilterForm Filter { get; set; } = new();

    public ApplicationListPage? Result { get; private set; }

    public IReadOnlyList<FieldError> Errors { get; private set; } = [];

    public bool IsClerk { get; private set; }

    /// <summary>The service items of the catalogue, for the filter.</summary>
    public IReadOnlyList<(string Code, string Name)> Items =>
        SubCasePlanner.Catalogue.Items.Select(i => (i.Code, i.Name)).OrderBy(i => i.Code, StringComparer.Ordinal).ToList();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller)
        {
            return NotFound();
        }
        IsClerk = ApplicationList.ListsOwnIntake(caller);
        var outcome = await applications.SearchAsync(caller, Filter.ToApplicationQuery(), IsClerk,
            cancellationToken);
        Result = outcome.Value;
        Errors = outcome.Errors ?? [];
        return Page();
    }

    public ListPager Pager => new(Result!.Paging.Page, Result.Pages, Result.Total, n => Filter.ApplicationLink("/window/applications", n));

    public string ExportHref => Filter.ApplicationLink("/api/exports/applications", null);
}
