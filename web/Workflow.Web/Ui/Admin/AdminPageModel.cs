using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Web.Casework;
using Workflow.Web.Security;

namespace Workflow.Web.Ui.Admin;

/// <summary>
/// The administrator's pages: they declare <see cref="AccessPolicies.Administrator"/>, so anyone without the post
/// 系统管理员 gets the 403 page. The organisation decides who that is, as it does for the API.
/// </summary>
[Authorize(Policy = AccessPolicies.Administrator)]
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
