using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// 入户照片 of any case (issue 12): a case keeps its files on its application when it has one, else on itself
/// (<c>cw_case_attachments</c>: a case an alert, a 12345 ticket or the API started). Either way the same rule adds one
/// (<see cref="MayAddVisitPhoto"/>), the same checks take the file, and the adding and every opening are audited.
/// </summary>
public sealed partial class AttachmentService
{
    /// <summary>The audit's subject for a case's own files.</summary>
    public const string CaseSubject = "case";

    /// <summary>
    /// Adds a photo taken at the visit step <paramref name="taskId"/> of a case the caller sees with its personal data:
    /// to the case's application when it has one (<see cref="AttachAsync"/>), else to the case itself. Answers the
    /// attachment's id; a case out of sight is not found, a caller not at an open visit step of it is forbidden.
    /// </summary>
    public async Task<CaseworkOutcome<string>> AddVisitPhotoAsync(Caller caller, string instanceId, string taskId, FileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(upload);
        if (await VisibleWithPersonalDataAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is not { } instance
            || instance.Tasks.FirstOrDefault(t => t.TaskId == taskId) is not { } task)
        {
            return Rejection.NotFound($"Expected task '{taskId}' of case '{instanceId}' in the caller's scope, but there is none.");
        }
        if (!MayAddVisitPhoto(caller.Actor, task, caller.At))
        {
            return Rejection.Forbidden(
                $"Expected '{caller.Id}' to be able to act on the open visit step '{taskId}' of case '{instanceId}', but they cannot (仅入户调查、随访环节的办理人可以上传入户照片).");
        }
        if (CaseValues.Text(instance.Input, CaseInputKeys.ApplicationId) is { } applicationId)
        {
            var added = await AttachAsync(caller, applicationId, upload, cancellationToken, AttachmentKinds.VisitPhoto).ConfigureAwait(false);
            return new CaseworkOutcome<string>(added.Value?.Id, added.Rejection, added.Errors);
        }
        var @checked = await CheckAsync(upload, cancellationToken).ConfigureAwait(false);
        if (@checked.Value is not { } file)
        {
            return @checked.Rejection!;
        }
        var attachment = new CaseAttachmentRecord(Guid.NewGuid().ToString("N"), instanceId, file.Name, file.ContentType, file.Stored.Size, file.Stored.Sha256,
            caller.Id, time.GetUtcNow(), AttachmentKinds.VisitPhoto);
        await KeepAsync(file, attachment.Id, () => store.AddCaseAttachmentAsync(attachment, CaseworkAudit.Entry(attachment.UploadedAt, caller.Id, "attachment.add",
            CaseSubject, instanceId, new { attachmentId = attachment.Id, fileName = file.Name, kind = attachment.Kind, sha256 = attachment.Sha256, size = attachment.SizeBytes }),
            cancellationToken)).ConfigureAwait(false);
        return attachment.Id;
    }

    /// <summary>
    /// A file kept on a case itself, to open: only for someone who sees the case with its personal data (not to supervise
    /// alone), and every opening is audited (who, which file). Anything else is not found.
    /// </summary>
    public async Task<CaseworkOutcome<(CaseAttachmentRecord Record, string Path)>> OpenOfCaseAsync(Caller caller, string instanceId, string attachmentId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (await VisibleWithPersonalDataAsync(caller, instanceId, cancellationToken).ConfigureAwait(false) is null
            || (await store.ListCaseAttachmentsAsync(instanceId, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Id == attachmentId) is not { } record
            || !File.Exists(files.PathOf(record.Id)))
        {
            return Rejection.NotFound($"Expected attachment '{attachmentId}' of case '{instanceId}' in the caller's scope, but there is none.");
        }
        await store.AppendAuditAsync(CaseworkAudit.Entry(time.GetUtcNow(), caller.Id, "attachment.read", CaseSubject, instanceId,
            new { attachmentId = record.Id, fileName = record.FileName }), cancellationToken).ConfigureAwait(false);
        return (record, files.PathOf(record.Id));
    }

    /// <summary>Where a case's own file opens in the browser (<c>GET /api/instances/{instanceId}/attachments/{attachmentId}</c>).</summary>
    public static string CaseFileUrl(string instanceId, string attachmentId) =>
        $"/api/instances/{Uri.EscapeDataString(instanceId)}/attachments/{Uri.EscapeDataString(attachmentId)}";

    private async Task<InstanceView?> VisibleWithPersonalDataAsync(Caller caller, string instanceId, CancellationToken cancellationToken) =>
        CaseAccess.For(caller, await cases.InstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)) is { OnlyFacts: false } instance ? instance : null;
}
