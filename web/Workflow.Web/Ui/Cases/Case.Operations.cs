using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Operations;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Cases;

/// <summary>
/// The case's own operations (issue 12): 撤销 and 终止, 暂停/恢复计时 and 延期 of a clock, and a 公示 objection. The forms
/// are offered where the engine and the host's grants would take them (<see cref="OperationOffers"/>); a posted one is
/// built as the API builds it, and a refusal comes back as a Chinese message box (403 when the person may not do it).
/// </summary>
public sealed partial class CaseModel
{
    public CaseOffers Offers { get; private set; } = CaseOffers.None;

    public MessageBox? Message { get; private set; }

    /// <summary>A fresh key per rendered form: a second submit of the same form records nothing new.</summary>
    public string RequestKey { get; private set; } = "";

    [BindProperty]
    public CaseOperationInput Op { get; set; } = new();

    public async Task<IActionResult> OnPostOperationAsync(string instanceId, string? requestKey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(instanceId, cancellationToken))
        {
            return NotFound();
        }
        var caller = UserScope.CallerOf(HttpContext);
        var reason = string.IsNullOrWhiteSpace(Op.Reason) ? null : Op.Reason.Trim();
        var clock = Op.ClockId ?? "";
        (WorkflowCommand? Command, Rejection? Refusal, string? Missing) choice = Op.Op switch
        {
            "withdraw" or "terminate" when reason is null => (null, null, "请填写撤销或终止的原因"),
            "withdraw" => Built(OperationCommands.EndCase(caller, instanceId, CaseEndKind.Withdrawn, reason!)),
            "terminate" => Built(OperationCommands.EndCase(caller, instanceId, CaseEndKind.Terminated, reason!)),
            "pause" when string.IsNullOrWhiteSpace(Op.PauseReason) => (null, null, "请选择暂停计时的原因"),
            "pause" => (new PauseClock(instanceId, clock, Op.PauseReason!, caller.Actor), null, null),
            "resume" => (new ResumeClock(instanceId, clock, caller.Actor), null, null),
            "extend" when Op.Days < 1 || reason is null => (null, null, "请填写延长的期限和延期理由"),
            "extend" => (new ExtendDeadline(instanceId, clock, Op.Days, caller.Actor, reason!), null, null),
            "objection" when reason is null => (null, null, "请填写异议内容"),
            "objection" => Built(OperationCommands.Objection(caller, instanceId, Op.BookmarkId ?? "", reason!)),
            _ => (null, null, "请选择要办理的操作"),
        };
        if (choice.Missing is { } missing)
        {
            Message = new MessageBox(missing, "请补全后重新提交。", MessageBox.Error);
            return Page();
        }
        var rejection = choice.Refusal;
        if (choice.Command is { } command)
        {
            var result = await commands.ExecuteAsync(command with { RequestKey = string.IsNullOrWhiteSpace(requestKey) ? null : requestKey }, cancellationToken);
            rejection = result.Rejection;
        }
        if (rejection is not null)
        {
            await LoadAsync(instanceId, cancellationToken);
            Message = RejectionMessage.From(rejection, "操作未完成");
            if (rejection.Type == RejectionType.Forbidden)
            {
                Response.StatusCode = StatusCodes.Status403Forbidden;
            }
            return Page();
        }
        return Redirect($"/cases/{Uri.EscapeDataString(instanceId)}?done={Op.Op}");
    }

    private static (WorkflowCommand?, Rejection?, string?) Built((WorkflowCommand? Command, Rejection? Refusal) built) => (built.Command, built.Refusal, null);

    private void ShowDone(string? done)
    {
        if (done is not null && CaseOperationLabels.Done.TryGetValue(done, out var what))
        {
            Message = new MessageBox($"已{what}", null, MessageBox.Success);
        }
    }
}
