using Workflow.Engine.Runtime;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Casework.Application.Operations;
using Workflow.Casework.Application.Evidence;
using Workflow.Casework.Application.Phrases;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Events;
using Workflow.Web.Accounts;
using Workflow.Web.Api;
using Workflow.Web.Api.Contracts;
using Workflow.Web.Casework;
using Workflow.Web.Operations;
using Workflow.Web.Queries;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// <c>/tasks/{instanceId}/{taskId}</c>: the case, the evidence to weigh (<see cref="CaseEvidence"/>), earlier opinions,
/// the decision buttons this step allows with the 审批意见常用语, the flowchart and the timeline. A decision goes to the engine through <see cref="WorkflowExecutor"/>, as the API's does, with the
/// request key rendered into the form: a second submit of the same form is the same request and records nothing new.
/// A referral is answered as the task's department. Refusals come back as a Chinese message box.
/// </summary>
public sealed partial class TaskModel(
    WorkflowExecutor commands,
    WorkflowQueries queries,
    IDefinitionCatalog catalog,
    CallerResolver callers,
    CaseworkDirectory directory,
    OperationOffers offers,
    CaseEvidenceReader evidence,
    PhraseService phrases,
    Names names) : PageModel
{
    public CaseDetails Case { get; private set; } = null!;

    /// <summary>What the officer weighs beside the decision: household, checks, visit, attachments, standard.</summary>
    public CaseEvidence Evidence { get; private set; } = null!;

    /// <summary>审批意见常用语 offered in the decision form: the officer's own, then their offices'.</summary>
    public IReadOnlyList<PhraseView> Phrases { get; private set; } = [];

    public TaskView Task { get; private set; } = null!;

    public bool CanAct { get; private set; }

    /// <summary>A fresh key per rendered form.</summary>
    public string RequestKey { get; private set; } = "";

    [BindProperty]
    public string? Comment { get; set; }

    public MessageBox? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(string instanceId, string taskId, bool saved, string? done, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(instanceId, taskId, cancellationToken))
        {
            return NotFound();
        }
        if (saved)
        {
            Message = new MessageBox("已提交", $"办理结果：{DisplayNames.Outcome(Task.Outcome)}。", MessageBox.Success);
        }
        else if (done is not null && TaskOperations.Names.TryGetValue(done, out var name))
        {
            Message = new MessageBox($"已{name}", null, MessageBox.Success);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string instanceId, string taskId, string? outcome, string? requestKey, CancellationToken cancellationToken)
    {
        var actor = UserScope.Of(HttpContext);
        if (!await LoadAsync(instanceId, taskId, cancellationToken))
        {
            return NotFound();
        }
        if (string.IsNullOrWhiteSpace(outcome) || !Task.Outcomes.Contains(outcome))
        {
            Message = new MessageBox("请选择办理结果", "请点击本环节允许的办理按钮之一。", MessageBox.Error);
            return Page();
        }
        if (Task.CommentRequiredFor.Contains(outcome) && string.IsNullOrWhiteSpace(Comment))
        {
            Message = new MessageBox("请填写审批意见", $"选择“{DisplayNames.Outcome(outcome)}”时必须填写审批意见。", MessageBox.Error);
            return Page();
        }
        WorkflowCommand command = Task.Kind == TaskKind.Referral
            ? new RecordDepartmentReply(instanceId, taskId, Task.Assignee.DepartmentCode ?? "", actor, outcome, Blank(Comment), null) { RequestKey = Blank(requestKey) }
            : new RecordDecision(instanceId, taskId, actor, outcome, Blank(Comment), null) { RequestKey = Blank(requestKey) };
        var result = await commands.ExecuteAsync(command, cancellationToken);
        if (result.Rejection is { } rejection)
        {
            var problem = rejection.ToProblem().ProblemDetails;
            Message = new MessageBox(problem.Title ?? "办理失败", problem.Detail, MessageBox.Error);
            await LoadAsync(instanceId, taskId, cancellationToken);
            return Page();
        }
        return Redirect($"/tasks/{Uri.EscapeDataString(instanceId)}/{Uri.EscapeDataString(taskId)}?saved=true");
    }

    private async Task<bool> LoadAsync(string instanceId, string taskId, CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        var actor = caller.Actor;
        if (await CaseDetails.LoadAsync(instanceId, caller, queries, catalog, cancellationToken, names) is not { } details
            || details.Instance.Tasks.FirstOrDefault(t => t.TaskId == taskId) is not { } task)
        {
            return false;
        }
        Case = details;
        Task = task;
        CanAct = UserScope.CanAct(actor, task, caller.At);
        RequestKey = Guid.NewGuid().ToString("N");
        Operations = TaskOperations.For(caller, task, directory.Organisation, await offers.ForTaskAsync(caller, task, cancellationToken));
        Evidence = await evidence.ReadAsync(caller, details.Instance, cancellationToken);
        Phrases = CanAct ? await phrases.OfferedAsync(caller, cancellationToken) : [];
        return true;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
