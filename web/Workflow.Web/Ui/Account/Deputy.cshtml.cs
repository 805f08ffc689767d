using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Cover;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Account;

/// <summary>
/// <c>/account/deputy</c> (代理设置, issue 12): name a deputy from the same office for a date range, see whom one covers,
/// and clear an arrangement. New tasks for the caller then also go to the deputy.
/// </summary>
public sealed class DeputyModel(CallerResolver callers, DeputyService deputies) : PageModel
{
    public DeputyOverview Overview { get; private set; } = new([], [], []);

    public MessageBox? Message { get; private set; }

    [BindProperty]
    public string? DeputyId { get; set; }

    [BindProperty]
    public DateOnly? From { get; set; }

    [BindProperty]
    public DateOnly? To { get; set; }

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        Message = done switch
        {
            "set" => new MessageBox("已设置代理", "代理期间新到达的待办将同时发给代理人，代理人的办理记为“代 您 办理”。", MessageBox.Success),
            "cleared" => new MessageBox("已取消代理", null, MessageBox.Success),
            _ => null,
        };
        From ??= deputies.Today;
        To ??= deputies.Today.AddDays(4);
        Overview = await deputies.OverviewAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        var (_, refusal) = await deputies.SetAsync(caller, DeputyId, From, To, cancellationToken);
        if (refusal is not null)
        {
            Message = new MessageBox("未能设置代理", refusal, MessageBox.Error);
            Overview = await deputies.OverviewAsync(caller, cancellationToken);
            return Page();
        }
        return Redirect("/account/deputy?done=set");
    }

    public async Task<IActionResult> OnPostClearAsync(string? id, CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller || id is null || !await deputies.ClearAsync(caller, id, cancellationToken))
        {
            return NotFound();
        }
        return Redirect("/account/deputy?done=cleared");
    }
}
