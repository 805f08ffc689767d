using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;
using Workflow.Web.Ui.Support;
using Workflow.Web.Security;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// <c>POST /tasks/{instanceId}/{taskId}/photos</c>: a photo taken on the phone at a visit step (入户调查、随访), kept as a
/// <c>visit-photo</c> attachment by <see cref="AttachmentService.AddVisitPhotoAsync"/> (on the case's application, or on
/// the case itself when it has none; its access policy, type check, audit and the rule of who adds a visit photo), then
/// back to the task page. A case out of sight is 404, someone not at the step 403.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class VisitPhotosModel(AttachmentService attachments) : PageModel
{
    public IActionResult OnGet(string instanceId, string taskId) => Redirect(TaskPage(instanceId, taskId));

    public async Task<IActionResult> OnPostAsync(string instanceId, string taskId, IFormFile? photo, CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        // No photo still asks the service, so a case out of sight or a step not one's own answers as with one (an empty
        // upload is refused before anything is written).
        var missing = photo is null || photo.Length == 0;
        var added = await attachments.AddVisitPhotoAsync(caller, instanceId, taskId, photo?.ToUpload() ?? new FileUpload(null, 0, () => Stream.Null), cancellationToken);
        var message = missing ? "missing" : added.Value is null ? "refused" : "added";
        return Refused(added.Rejection) ?? Redirect(TaskPage(instanceId, taskId) + $"?photo={message}#visit-photos");
    }

    private IActionResult? Refused(Rejection? rejection) => rejection?.Type switch
    {
        RejectionType.NotFound => NotFound(),
        RejectionType.Forbidden => StatusCode(StatusCodes.Status403Forbidden),
        _ => null,
    };

    private static string TaskPage(string instanceId, string taskId) => $"/tasks/{Uri.EscapeDataString(instanceId)}/{Uri.EscapeDataString(taskId)}";
}
