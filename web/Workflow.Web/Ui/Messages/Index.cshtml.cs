using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Messages;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Messages;

/// <summary>
/// <c>/messages</c> (消息中心, issue 12): the caller's own messages, newest first, twenty a page, each with a link to its
/// task, case or application, and 标为已读 one by one or all at once.
/// </summary>
public sealed class IndexModel(CallerResolver callers, MessageService messages) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<MessageItem> Items { get; private set; } = [];

    public int Total { get; private set; }

    public int Unread { get; private set; }

    public int Pages => Math.Max(1, (Total + MessageService.PageSize - 1) / MessageService.PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        PageNumber = Math.Clamp(PageNumber, 1, 100_000);
        var page = await messages.PageAsync(caller, PageNumber, cancellationToken);
        (Items, Total, Unread) = (page.Messages.Select(MessageItem.From).ToList(), page.Total, page.Unread);
        return Page();
    }

    public async Task<IActionResult> OnPostReadAsync(string? id, CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller || id is null || await messages.MarkReadAsync(caller, id, cancellationToken) is null)
        {
            return NotFound();
        }
        return Redirect($"/messages?page={Math.Max(1, PageNumber)}");
    }

    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        await messages.MarkAllReadAsync(caller, cancellationToken);
        return Redirect("/messages");
    }
}
