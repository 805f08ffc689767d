using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Admin;

/// <summary>
/// The administrator's pages: every handler runs only for a caller with the administrator post (系统管理员); anyone
/// else gets the 403 page. The organisation decides who that is, as it does for the API.
/// </summary>
public abstract class AdminPageModel(CallerResolver callers) : PageModel
{
    /// <summary>The administrator making this request; set before any handler runs.</summary>
    protected Caller Caller { get; private set; } = null!;

    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (callers.Resolve(HttpContext) is not { IsAdministrator: true } caller)
        {
            context.Result = Forbid();
            return;
        }
        Caller = caller;
        await next().ConfigureAwait(false);
    }
}
