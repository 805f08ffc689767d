using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Officer;

/// <summary>
/// <c>/officer/supervision?within=3</c> (督办): open steps in the caller's scope that are overdue or due within the
/// next working days, counted by township and by item, each with a 督办 form that runs the engine's
/// <see cref="SuperviseTask"/> (the engine decides who may supervise).
/// </summary>
public sealed class SupervisionModel(
    CallerResolver callers,
    SupervisionService supervision,
    CaseAccess access,
    WorkflowExecutor commands) : PageModel
{
    public const int Limit = 200;

    [BindProperty(SupportsGet = true)]
    public int Within { get; set; } = 3;

    public SupervisionView View { get; private set; } = null!;

    public string RequestKey { get; private set; } = "";

    public MessageBox? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(bool supervised, CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        if (supervised)
        {
            Message = new MessageBox("已督办", "督办意见已发送给办理人，并记入案件办理过程。", MessageBox.Success);
        }
        await LoadAsync(caller, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? instanceId, string? taskId, string? reason, string? requestKey, CancellationToken cancellationToken)
    {
        if (callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        if (instanceId is null || taskId is null || await access.VisibleAsync(caller, instanceId, cancellationToken) is null)
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            Message = new MessageBox("请填写督办意见", "督办须写明督办事由和办结要求。", MessageBox.Error);
            await LoadAsync(caller, cancellationToken);
            return Page();
        }
        var command = new SuperviseTask(instanceId, taskId, caller.Actor, reason.Trim()) { RequestKey = string.IsNullOrWhiteSpace(requestKey) ? null : requestKey };
        var result = await commands.ExecuteAsync(command, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            Message = RejectionMessage.From(rejection, "督办未完成");
            await LoadAsync(caller, cancellationToken);
            return Page();
        }
        return Redirect($"/officer/supervision?within={Within}&supervised=true");
    }

    /// <summary>The Excel export of the same report (<c>GET /api/exports/supervision</c>), audited.</summary>
    public string ExportHref => $"/api/exports/supervision?within={Within}";

    private async Task LoadAsync(Caller caller, CancellationToken cancellationToken)
    {
        Within = Math.Clamp(Within, 0, 60);
        View = await supervision.ListAsync(caller, Within, Limit, cancellationToken);
        RequestKey = Guid.NewGuid().ToString("N");
    }
}
