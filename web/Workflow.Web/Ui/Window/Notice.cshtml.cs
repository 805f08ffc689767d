using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Web.Casework;

namespace Workflow.Web.Ui.Window;

/// <summary><c>/window/applications/{id}/notice</c>: the printable combined decision notice (统一窗口出件), A4.</summary>
public sealed class NoticeModel(CallerResolver callers, CaseworkDirectory directory, ApplicationDocuments applications) : WindowPage(callers, directory)
{
    public NoticeView Notice { get; private set; } = null!;

    public string ApplicationId { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || (await applications.NoticeAsync(caller, id, cancellationToken)).Value is not { } notice)
        {
            return NotFound();
        }
        Notice = notice;
        ApplicationId = id;
        return Page();
    }
}
