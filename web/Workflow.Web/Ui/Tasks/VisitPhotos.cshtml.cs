using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Workflow.Casework.Application;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Web.Casework;
using Workflow.Web.Queries;
using Workflow.Web.Security;
using Workflow.Web.Ui.Support;

namespace Workflow.Web.Ui.Tasks;

/// <summary>
/// <c>POST /tasks/{instanceId}/{taskId}/photos</c>: a photo taken on the phone at the 入户调查, kept as an attachment of
/// kind <c>visit-photo</c> on the case's application through <see cref="AttachmentService"/> (its access policy, type
/// check, audit and the rule of who adds a visit photo), then back to the task page.
/// </summary>
[RequestSizeLimit(RequestSizeLimits.Files)]
public sealed class VisitPhotosModel(WorkflowQueries queries, IDefinitionCatalog catalog, AttachmentService attachments) : PageModel
{
    public IActionResult OnGet(string instanceId, string taskId) => Redirect(TaskPage(instanceId, taskId));

    public async Task<IActionResult> OnPostAsync(string instanceId, string taskId, IFormFile? photo, CancellationToken cancellationToken)
    {
        var caller = UserScope.CallerOf(HttpContext);
        if (await CaseDetails.LoadAsync(instanceId, caller, queries, catalog, cancellationToken) is not { } details
            || details.Instance.Tasks.FirstOrDefault(t => t.TaskId == taskId) is not { } task)
        {
            return NotFound();
        }
        if (!VisitPhotoForm.Offered(caller, details, task) || CaseFieldNames.ApplicationId(details.Instance.Input) is not { } applicationId)
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        if (photo is null || photo.Length == 0)
        {
            return Redirect(TaskPage(instanceId, taskId) + "?photo=missing#visit-photos");
        }
        var added = await attachments.AttachAsync(caller, applicationId, photo.ToUpload(), cancellationToken, AttachmentKinds.VisitPhoto);
        if (added.Rejection is { Type: RejectionType.Forbidden })
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        return Redirect(TaskPage(instanceId, taskId) + (added.Value is null ? "?photo=refused" : "?photo=added") + "#visit-photos");
    }

    private static string TaskPage(string instanceId, string taskId) => $"/tasks/{Uri.EscapeDataString(instanceId)}/{Uri.EscapeDataString(taskId)}";
}
