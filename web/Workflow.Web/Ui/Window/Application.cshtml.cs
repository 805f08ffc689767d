using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Mvc;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Benefits;
using Workflow.Casework.Application.Requests;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.State;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Window;

/// <summary>
/// <c>/window/applications/{id}</c> (统一出件): the application with personal data masked, the combined result per
/// sub-case, the 补正 each open supplement asks for with a form to record what arrived, the attachments (of a kind, e.g.
/// the signed 委托照料服务协议), the benefits-ledger entries its sub-cases created, and a
/// "查看完整信息" control that shows one personal field once, with a reason, through the audited
/// <see cref="RevealService.RevealAsync"/>.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class ApplicationModel(
    CallerResolver callers,
    CaseworkDirectory directory,
    ApplicationViews applications,
    RevealService reveals,
    AttachmentService attachments,
    WorkflowQueries queries,
    WorkflowExecutor commands,
    LedgerService ledger) : WindowPage(callers, directory)
{
    public ApplicationView Application { get; private set; } = null!;

    /// <summary>Open tasks of the sub-cases that wait for a supplement, with their sub-case's item name.</summary>
    public IReadOnlyList<(string ItemName, TaskView Task)> Supplements { get; private set; } = [];

    public IReadOnlyList<AttachmentRecord> Attachments { get; private set; } = [];

    /// <summary>The benefits-ledger entries its sub-cases created.</summary>
    public IReadOnlyList<LedgerEntryView> Ledger { get; private set; } = [];

    public string RequestKey { get; private set; } = "";

    public MessageBox? Message { get; private set; }

    /// <summary>The one value a reveal showed; never stored, gone on the next request.</summary>
    public RevealView? Revealed { get; private set; }

    /// <summary>The fields that may be revealed, with their Chinese labels.</summary>
    public IReadOnlyList<(string Field, string Label)> RevealableFields { get; private set; } = [];

    /// <summary>The kind the upload form starts on (<c>?kind=care-agreement</c> from a 分散供养 case's link).</summary>
    public string? AttachKind { get; private set; }

    public async Task<IActionResult> OnGetAsync(string id, string? done, string? kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        AttachKind = Workflow.Casework.Application.AttachmentKinds.All.Contains(kind) ? kind : null;
        Message = done switch
        {
            "supply" => new MessageBox("已登记补正材料", "材料已登记，办理时限恢复计算。", MessageBox.Success),
            "attach" => new MessageBox("已上传材料", null, MessageBox.Success),
            _ => null,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostRevealAsync(string id, string? field, string? reason, CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        var revealed = await reveals.RevealAsync(caller, id, new RevealRequest(field, reason), cancellationToken);
        if (revealed.Value is { } value)
        {
            Revealed = value;
            Message = new MessageBox("已显示完整信息", "本次查看已记入审计记录；刷新或离开本页后不再显示。", MessageBox.Warning);
        }
        else
        {
            Message = revealed.Rejection is { Field: "reason" }
                ? new MessageBox("请填写查看原因", "查看完整的个人信息须说明原因，原因将记入审计记录。", MessageBox.Error)
                : RejectionMessage.From(revealed.Rejection!, "无法查看");
        }
        return Page();
    }

    public async Task<IActionResult> OnPostSupplyAsync(string id, string? instanceId, string? taskId, List<string>? supplied, string? requestKey,
        CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (Supplements.FirstOrDefault(s => s.Task.InstanceId == instanceId && s.Task.TaskId == taskId).Task is not { } task)
        {
            Message = new MessageBox("该补正已处理", "该任务当前不在等待补正材料，请刷新页面。", MessageBox.Warning);
            return Page();
        }
        var list = (supplied ?? []).Where(s => !string.IsNullOrWhiteSpace(s)).ToList();
        if (list.Count == 0)
        {
            Message = new MessageBox("请勾选已补正的材料", "至少勾选一项申请人已提交的材料。", MessageBox.Error);
            return Page();
        }
        // The applicant brings the material to the window whoever asked for it: the window records it on the engine's
        // authority, under the clerk's own id.
        var supplier = caller.IsAtWindow ? caller.WithHostAuthority : caller.Actor;
        var command = new SupplySupplement(task.InstanceId, task.TaskId, supplier, list) { RequestKey = string.IsNullOrWhiteSpace(requestKey) ? null : requestKey };
        var result = await commands.ExecuteAsync(command, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            Message = RejectionMessage.From(rejection, "未能登记补正");
            await LoadAsync(id, cancellationToken);
            return Page();
        }
        return Redirect($"/window/applications/{Uri.EscapeDataString(id)}?done=supply");
    }

    public async Task<IActionResult> OnPostAttachAsync(string id, IFormFile? file, string? kind, CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || !await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }
        if (file is null)
        {
            Message = new MessageBox("请选择文件", "请选择一份 PDF、JPG 或 PNG 文件。", MessageBox.Error);
            return Page();
        }
        var added = await attachments.AttachAsync(caller, id, file.ToUpload(), cancellationToken, string.IsNullOrEmpty(kind) ? null : kind);
        if (added.Rejection is { } rejection)
        {
            Message = RejectionMessage.From(rejection, "上传失败");
            return Page();
        }
        return Redirect($"/window/applications/{Uri.EscapeDataString(id)}?done=attach");
    }

    private async Task<bool> LoadAsync(string id, CancellationToken cancellationToken)
    {
        if (Caller() is not { } caller || (await applications.GetAsync(caller, id, cancellationToken)).Value is not { } view)
        {
            return false;
        }
        Application = view;
        var supplements = new List<(string, TaskView)>();
        foreach (var sub in view.SubCases)
        {
            if (!view.OnlyFacts && await queries.InstanceAsync(sub.InstanceId, cancellationToken) is { } instance)
            {
                supplements.AddRange(instance.Tasks.Where(t => t.Status == TaskLifecycle.Open && t.Supplement is not null).Select(t => (sub.ItemName, t)));
            }
        }
        Supplements = supplements;
        Attachments = (await attachments.ListAsync(caller, id, cancellationToken)).Value ?? [];
        var entries = new List<LedgerEntryView>();
        foreach (var sub in view.SubCases)
        {
            entries.AddRange((await ledger.ByCaseAsync(caller, sub.InstanceId, cancellationToken)).Value?.Entries ?? []);
        }
        Ledger = entries;
        RevealableFields = view.OnlyFacts ? [] :
        [
            ("applicant.idNumber", "申请人身份证号"),
            ("applicant.phone", "申请人联系电话"),
            ("applicant.bankAccount", "申请人银行账号"),
            .. view.Household.Select((m, i) => ($"household[{i}].idNumber", $"{m.Name}（{m.Relation}）身份证号")),
        ];
        RequestKey = Guid.NewGuid().ToString("N");
        return true;
    }
}
