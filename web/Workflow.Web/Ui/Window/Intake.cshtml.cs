using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework;
using Workflow.Casework.Application;
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
public sealed class IntakeModel(CallerResolver callers, IntakeService applications, AttachmentService files, CaseworkDirectory directory) : PageModel
{
    private static readonly string[] WindowPosts = [StandardPosts.Window, StandardPosts.Caseworker];

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

    public IActionResult OnGet()
    {
        if (Clerk() is not { } caller)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Prepare(caller);
        if (Input.Members.Count == 0)
        {
            Input.Members.Add(new MemberInput());
        }
        return Page();
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
            Prepare(caller);
            if (Input.Members.Count == 0)
            {
                Input.Members.Add(new MemberInput());
            }
            return Page();
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
            Prepare(caller);
            Input.Members.Add(new MemberInput());
            return Page();
        }
        return Redirect($"/window/applications/{Uri.EscapeDataString(record.Id)}/receipt");
    }

    public string? Error(string field) => Errors.TryGetValue(field, out var message) ? message : null;

    private Caller? Clerk() =>
        callers.Resolve(HttpContext) is { } caller && caller.Actor.Posts.Any(WindowPosts.Contains) ? caller : null;

    private void Prepare(Caller caller)
    {
        RequestKey = Guid.NewGuid().ToString("N");
        var window = caller.ScopeDivisions.FirstOrDefault();
        WindowName = directory.Organisation.FindDivision(window)?.Name ?? window ?? "";
    }
}
