using Microsoft.AspNetCore.Mvc;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Window;

/// <summary>
/// <c>/window/applications</c>: the newest applications in the caller's scope — for a window clerk, those accepted at
/// their windows — with each sub-case's department, status and result.
/// </summary>
public sealed class ApplicationsModel(CallerResolver callers, CaseworkDirectory directory, ApplicationViews applications) : WindowPage(callers, directory)
{
    public const int Limit = 100;

    public IReadOnlyList<ApplicationView> Applications { get; private set; } = [];

    public bool IsClerk { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller)
        {
            return NotFound();
        }
        IsClerk = caller.Actor.Posts.Contains(StandardPosts.Window) || caller.Actor.Posts.Contains(StandardPosts.Caseworker);
        Applications = await applications.ListAsync(caller, Limit, cancellationToken, acceptedHere: IsClerk);
        return Page();
    }
}
