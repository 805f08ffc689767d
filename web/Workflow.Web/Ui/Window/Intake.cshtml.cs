using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework;
using Workflow.Casework.Application;
using Workflow.Engine.Persistence.Casework;
using Workflow.Web.Casework;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Window;

/// <summary>
/// <c>/window/intake</c> (窗口受理): one integrated application — applicant, household, items, needs assessment,
/// consent and attachments — accepted through <see cref="IntakeService.AcceptAsync"/>, then the receipt. The
/// service validates every field; its errors (keyed like <c>household[1].idNumber</c>) are shown beside their fields.
/// The second form records a 不予受理 with its reason. Only a window or caseworker post may use the page.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class IntakeModel(CallerResolver callers, IntakeService applications, AttachmentService files, CaseworkDirectory directory,
    IntakeDraftService drafts) : PageModel
{
    [BindProperty]
    public IntakeInput Input { get; set; } = new();

    [BindProperty]
    public RefusalInput Refusal { get; set; } = new();

    /// <summary>A fresh key per rendered form: a double submit accepts one application.</summary>
    public string RequestKey { get; private set; } = "";

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    public IReadOnlyDictionary<string, string> RefusalErrors { get; private set; } = new Dictionary<string, string>();

    public MessageBox? Message { get; private set; }

    public IReadOnlyList<ServiceItem> Items => SubCasePlanner.Catalogue.Items;

    public IReadOnlyList<Division> Divisions => directory.Organisation.Divisions.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();

    public string WindowName { get; private set; } = "";

    /// <summary>The draft (暂存) this form was resumed from, if any: saving again overwrites it, submitting deletes it.</summary>
    [BindProperty]
    public string? DraftId { get; set; }

    /// <summary>The clerk's own drafts, the ID numbers masked.</summary>
    public IReadOnlyList<IntakeDraftRecord> Drafts { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? draft, bool saved, bool discarded, CancellationToken cancellationToken)
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (!string.IsNullOrEmpty(draft))
        {
            var opened = await drafts.OpenAsync(caller, draft, cancellationToken);
            if (opened.Value is { } resumed)
            {
                (Input, DraftId) = (IntakeInput.From(resumed.Form), resumed.Draft.Id);
                Message = saved ? new MessageBox("已暂存", "申请信息已暂存，可随时在“我的暂存”中继续填写；附件请在受理时选择。", MessageBox.Success) : null;
            }
            else
            {
                Message = RejectionMessage.From(opened.Rejection!, "暂存记录无法打开");
            }
        }
        else if (discarded)
        {
            Message = new MessageBox("已删除暂存", "暂存的申请信息已删除。", MessageBox.Success);
        }
        await PrepareAsync(caller, cancellationToken);
        return Page();
    }

    /// <summary>暂存: saves the form as it is, complete or not, then shows it again from the draft.</summary>
    public async Task<IActionResult> OnPostDraftAsync(CancellationToken cancellationToken)
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input.Members = Input.FilledMembers.ToList();
        var saved = await drafts.SaveAsync(caller, DraftId, Input.ToRequest(null), cancellationToken);
        if (saved.Value is not { } draft)
        {
            Message = RejectionMessage.From(saved.Rejection!, "暂存未完成");
            await PrepareAsync(caller, cancellationToken);
            return Page();
        }
        return Redirect($"/window/intake?draft={Uri.EscapeDataString(draft.Id)}&saved=true");
    }

    public async Task<IActionResult> OnPostDiscardAsync(string draftId, CancellationToken cancellationToken)
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var discarded = await drafts.DiscardAsync(caller, draftId, submitted: false, cancellationToken);
        if (discarded.Rejection is { } rejection)
        {
            Message = RejectionMessage.From(rejection, "暂存记录无法删除");
            await PrepareAsync(caller, cancellationToken);
            return Page();
        }
        return Redirect("/window/intake?discarded=true");
    }

    public async Task<IActionResult> OnPostAsync(string? requestKey, List<IFormFile>? attachments, CancellationToken cancellationToken)
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input.Members = Input.FilledMembers.ToList();
        var accepted = await applications.AcceptAsync(caller, Input.ToRequest(string.IsNullOrWhiteSpace(requestKey) ? null : requestKey), cancellationToken);
        if (accepted.Value is not { } record)
        {
            Errors = accepted.Errors?.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => e.Message)))
                ?? new Dictionary<string, string>();
            Message = accepted.Rejection is { } rejection
                ? RejectionMessage.From(rejection, "受理未完成")
                : new MessageBox("申请信息有误", $"共 {Errors.Count} 处需要更正，请查看标红的栏目。", MessageBox.Error);
            await PrepareAsync(caller, cancellationToken);
            return Page();
        }
        if (!string.IsNullOrEmpty(DraftId))
        {
            // Submitted: the draft's personal data is not kept twice.
            await drafts.DiscardAsync(caller, DraftId, submitted: true, cancellationToken);
        }
        var (attached, refused) = (0, 0);
        foreach (var file in attachments ?? [])
        {
            var added = await files.AttachAsync(caller, record.Id, file.ToUpload(), cancellationToken);
            (attached, refused) = added.Value is null ? (attached, refused + 1) : (attached + 1, refused);
        }
        return Redirect($"/window/applications/{Uri.EscapeDataString(record.Id)}/receipt?accepted=true&attached={attached}&refused={refused}");
    }

    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken)
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        var refused = await applications.RefuseAsync(caller, Refusal.ToRequest(), cancellationToken);
        if (refused.Value is not { } record)
        {
            RefusalErrors = refused.Errors?.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => e.Message)))
                ?? new Dictionary<string, string>();
            Message = refused.Rejection is { } rejection
                ? RejectionMessage.From(rejection, "未能登记不予受理")
                : new MessageBox("不予受理信息有误", string.Join("；", RefusalErrors.Values), MessageBox.Error);
            await PrepareAsync(caller, cancellationToken);
            return Page();
        }
        return Redirect($"/window/applications/{Uri.EscapeDataString(record.Id)}/receipt");
    }

    /// <summary>A draft's items (stored as codes) by their names.</summary>
    public string ItemNames(string codes) =>
        string.Join("、", codes.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(c => Items.FirstOrDefault(i => i.Code == c)?.Name ?? c));

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    private Caller? Clerk() =>
        callers.Resolve(HttpContext) is { } caller && caller.IsAtWindow ? caller : null;

    private async Task PrepareAsync(Caller caller, CancellationToken cancellationToken)
    {
        RequestKey = Guid.NewGuid().ToString("N");
        var window = caller.ScopeDivisions.FirstOrDefault();
        WindowName = directory.Organisation.FindDivision(window)?.Name ?? window ?? "";
        Drafts = await drafts.ListAsync(caller, 20, cancellationToken);
        if (Input.Members.Count == 0)
        {
            Input.Members.Add(new MemberInput());
        }
    }
}
