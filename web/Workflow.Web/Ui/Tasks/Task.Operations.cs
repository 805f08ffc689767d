using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application.Operations;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

public sealed partial class TaskModel
{
    public TaskOperations Operations { get; private set; } = TaskOperations.None;

    [BindProperty]
    public OperationInput Op { get; set; } = new();

    /// <summary>
    /// One of the operation forms (认领, 转办, 委派, 加签, 减签, 人工指派, 抄送, 补正, 撤回, 催办, 民主评议): one engine command as
    /// the signed-in person from the organisation, with the form's request key. A refusal re-renders the page with a
    /// Chinese message box (with 403 when the person may not do it at all); success redirects back with what was done.
    /// </summary>
    public async Task<IActionResult> OnPostOperationAsync(string instanceId, string taskId, string? requestKey, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(instanceId, taskId, cancellationToken) || callers.Resolve(HttpContext) is not { } caller)
        {
            return NotFound();
        }
        var actor = caller.Actor;
        // 加签, 减签 and 人工指派 are the host's grant first (OperationGrants): refused as the API refuses them, with 403.
        if (Op.Op is "signer" or "unsigner" or "assign" && !OperationGrants.MayAssign(caller))
        {
            return Refused(RejectionMessage.From(OperationCommands.Assign(caller, instanceId, taskId, "", "").Refusal!));
        }
        // The engine takes any user id; the page hands work only to people of the organisation.
        var known = Operations.People.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        if (Blank(Op.UserId) is { } target && !known.Contains(target) || Op.UserIds.Any(u => !known.Contains(u)))
        {
            Message = new MessageBox("接收人不在组织机构中", "请从列表中选择本单位在岗人员。", MessageBox.Error);
            return Page();
        }
        var reason = Blank(Op.Reason);
        (WorkflowCommand? Command, string? Missing) choice = Op.Op switch
        {
            "claim" => (new ClaimTask(instanceId, taskId, actor), null),
            "release" => (new ReleaseTask(instanceId, taskId, actor), null),
            "transfer" or "delegate" when Blank(Op.UserId) is null => (null, "请选择接收人"),
            "transfer" or "delegate" when reason is null => (null, "请填写转办或委派的原因"),
            "transfer" => (new TransferTask(instanceId, taskId, actor, Op.UserId!, reason!), null),
            "delegate" => (new DelegateTask(instanceId, taskId, actor, Op.UserId!, reason!), null),
            "signer" when Blank(Op.UserId) is null => (null, "请选择加签人"),
            "signer" => (OperationCommands.AddSigner(caller, instanceId, taskId, Op.UserId!, reason).Command, null),
            "unsigner" when Blank(Op.UserId) is null => (null, "请选择要减去的签批人"),
            "unsigner" when reason is null => (null, "请填写减签原因"),
            "unsigner" => (OperationCommands.RemoveSigner(caller, instanceId, taskId, Op.UserId!, reason).Command, null),
            "assign" when Blank(Op.UserId) is null => (null, "请选择指派给谁"),
            "assign" when reason is null => (null, "请填写指派原因"),
            "assign" => (OperationCommands.Assign(caller, instanceId, taskId, Op.UserId!, reason!).Command, null),
            "cc" when Op.UserIds.Count == 0 => (null, "请选择抄送对象"),
            "cc" => (new CopyTask(instanceId, taskId, actor, Op.UserIds, reason), null),
            "supplement" when OperationInput.Lines(Op.Missing).Count == 0 => (null, "请逐行列出须补正的全部材料"),
            "supplement" => (new RequestSupplement(instanceId, taskId, actor, OperationInput.Lines(Op.Missing), Op.AutoCloseDays ?? 60), null),
            "supply" when Op.Supplied.Count == 0 => (null, "请勾选已补正的材料"),
            "supply" => (new SupplySupplement(instanceId, taskId, actor, Op.Supplied), null),
            "withdraw" => (new WithdrawTask(instanceId, taskId, actor), null),
            "urge" when reason is null => (null, "请填写催办内容"),
            "urge" => (new UrgeTask(instanceId, taskId, actor, reason!), null),
            "deliberation" when OperationInput.Lines(Op.Attendees).Count == 0 || reason is null => (null, "请填写参会人员和评议记录"),
            "deliberation" => (new RecordDeliberation(instanceId, taskId, actor, OperationInput.Lines(Op.Attendees), Op.VotesFor, Op.VotesAgainst, Op.Abstentions,
                reason!), null),
            _ => (null, "请选择要办理的操作"),
        };
        if (choice.Command is not { } command)
        {
            Message = new MessageBox(choice.Missing!, "请补全后重新提交。", MessageBox.Error);
            return Page();
        }
        var result = await commands.ExecuteAsync(command with { RequestKey = Blank(requestKey) }, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            await LoadAsync(instanceId, taskId, cancellationToken);
            return rejection.Type == RejectionType.Forbidden ? Refused(RejectionMessage.From(rejection, "操作未完成")) : Shown(RejectionMessage.From(rejection, "操作未完成"));
        }
        return Redirect($"/tasks/{Uri.EscapeDataString(instanceId)}/{Uri.EscapeDataString(taskId)}?done={Op.Op}");
    }

    private PageResult Shown(MessageBox message)
    {
        Message = message;
        return Page();
    }

    private PageResult Refused(MessageBox message)
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Shown(message);
    }
}
