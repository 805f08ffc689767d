using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Window;

/// <summary>
/// What the window's pages share: the caller from the organisation (<see cref="CallerResolver"/>), and division names
/// for people instead of 12-digit codes.
/// </summary>
public abstract class WindowPage(CallerResolver callers, CaseworkDirectory directory) : PageModel
{
    protected Caller? Caller() => callers.Resolve(HttpContext);

    public string DivisionName(string? code) =>
        directory.Organisation.DivisionName(code);

    public string DepartmentName(string? code) =>
        directory.Organisation.DepartmentName(code);

    /// <summary>The user's display name from the organisation, or the id when it does not know them.</summary>
    public string UserName(string? userId) =>
        directory.Organisation.UserName(userId);
}
