using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Inbound;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Admin.Inbound;

/// <summary>
/// <c>/admin/inbound</c>: messages from other systems (12345, 监测预警, 公安/卫健, 人口信息) that were parked, with the
/// reason, and the actions 重新处理 (after a routing rule was added or a definition published) and 忽略, both audited.
/// Personal numbers in the bodies are masked. Other statuses are one click away (<c>?status=routed</c>).
/// </summary>
public sealed class InboundModel(CallerResolver callers, InboundAdministration administration) : AdminPageModel(callers)
{
    public IReadOnlyList<InboundMessageView> Messages { get; private set; } = [];

    public string Status { get; private set; } = InboundStatuses.Parked;

    public MessageBox? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? status, string? done, CancellationToken cancellationToken)
    {
        Message = done switch
        {
            "reprocessed" => new MessageBox("已重新处理", "消息已按当前路由规则重新处理；仍未处理的见下表原因。", MessageBox.Success),
            "dismissed" => new MessageBox("已忽略", "消息已标记为忽略，记录保留备查。", MessageBox.Success),
            _ => null,
        };
        return await ListAsync(status, cancellationToken);
    }

    public async Task<IActionResult> OnPostReprocessAsync(string id, CancellationToken cancellationToken) =>
        Answer(await administration.ReprocessAsync(Caller, id, cancellationToken), "reprocessed") ?? await ListAsync(null, cancellationToken);

    public async Task<IActionResult> OnPostDismissAsync(string id, string? note, CancellationToken cancellationToken) =>
        Answer(await administration.DismissAsync(Caller, id, note, cancellationToken), "dismissed") ?? await ListAsync(null, cancellationToken);

    private IActionResult? Answer(CaseworkOutcome<InboundMessageView> outcome, string done)
    {
        if (outcome.Rejection is { } rejection)
        {
            Message = AdminMessages.From(rejection, "操作未完成");
            Response.StatusCode = AdminMessages.StatusOf(rejection);
            return null;
        }
        return Redirect($"/admin/inbound?done={done}");
    }

    private async Task<IActionResult> ListAsync(string? status, CancellationToken cancellationToken)
    {
        var listed = await administration.ListAsync(Caller, status, cancellationToken);
        if (listed.Rejection is { } rejection)
        {
            Message = AdminMessages.From(rejection, "无法列出");
            Response.StatusCode = AdminMessages.StatusOf(rejection);
            return Page();
        }
        Status = status ?? InboundStatuses.Parked;
        Messages = listed.Value!;
        return Page();
    }
}
