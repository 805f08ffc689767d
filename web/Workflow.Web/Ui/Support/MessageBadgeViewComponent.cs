using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application.Messages;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Support;

/// <summary>
/// The header's 消息 link with the caller's unread count (issue 12), on every page: one COUNT over the unread index,
/// nothing else.
/// </summary>
public sealed class MessageBadgeViewComponent(CallerResolver callers, MessageService messages) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var unread = callers.Resolve(HttpContext) is { } caller ? await messages.UnreadAsync(caller, HttpContext.RequestAborted) : 0;
        return View(unread);
    }
}
