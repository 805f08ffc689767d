using Microsoft.Extensions.Options;
using Workflow.Casework.Application.Views;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime;
using Workflow.Engine.Runtime.Commands;
using Workflow.Engine.Runtime.Rejections;
using Workflow.Engine.State;

namespace Workflow.Casework.Application;

/// <summary>
/// An application's attachments and its casework audit trail: both show personal data, so only someone who sees the
/// application with its personal data reads them, and every opening of a file is audited. A 入户照片 (kind
/// <see cref="AttachmentKinds.VisitPhoto"/>) is added only by whoever may act now on a visit step of one of the
/// application's cases (<see cref="MayAddVisitPhoto"/>), through the API or the task page alike.
/// </summary>
public sealed partial class AttachmentService(
    CaseworkStore store, ApplicationReader applications, CaseReader cases, AttachmentFiles files, IOptions<CaseworkOptions> options, TimeProvider time)
{
    /// <summary>Allowed types, recognised by their first bytes rather than by what the client says.</summary>
    private static readonly (string ContentType, byte[] Magic)[] AllowedTypes =
    [
        ("application/pdf", "%PDF"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47]),
    ];

    /// <summary>
    /// Adds an uploaded file: the declared size is checked before anything is read, the content is streamed to a
    /// temporary file (never held in memory) and its type recognised by its first bytes; the file is kept under its id
    /// only once its row and audit entry are written, so a failure leaves no orphan.
    /// </summary>
    public async Task<CaseworkOutcome<AttachmentRecord>> AttachAsync(Caller caller, string id, FileUpload upload, CancellationToken cancellationToken,
        string? kind = null)
    {
        ArgumentNullException.ThrowIfNull(upload);
        if (kind is not null && !AttachmentKinds.All.Contains(kind))
        {
            return Rejection.Invalid($"Expected an attachment kind of {string.Join(", ", AttachmentKinds.All)}, but got '{kind}' (附件类型无效).", "kind");
        }
        var (found, refused) = await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        if (kind == AttachmentKinds.VisitPhoto && await VisitPhotoRefusalAsync(caller, id, found!.Body, cancellationToken).ConfigureAwait(false) is { } notVisiting)
        {
            return notVisiting;
        }
        var @checked = await CheckAsync(upload, cancellationToken).ConfigureAwait(false);
        if (@checked.Value is not { } file)
        {
            return @checked.Rejection!;
        }
        var attachment = new AttachmentRecord(Guid.NewGuid().ToString("N"), id, file.Name, file.ContentType, file.Stored.Size, file.Stored.Sha256, caller.Id,
            time.GetUtcNow(), kind);
        await KeepAsync(file, attachment.Id, () => store.AddAttachmentAsync(attachment, CaseworkAudit.OfApplication(time, caller, "attachment.add", id,
            new { attachmentId = attachment.Id, fileName = file.Name, kind, sha256 = attachment.Sha256, size = attachment.SizeBytes }), cancellationToken)).ConfigureAwait(false);
        return attachment;
    }

    /// <summary>
    /// An attachment to open: only for someone who sees the application, and every opening is audited (who, which file).
    /// </summary>
    public async Task<CaseworkOutcome<(AttachmentRecord Record, string Path)>> OpenAsync(Caller caller, string id, string attachmentId, CancellationToken cancellationToken)
    {
        if ((await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false)).Refused is { } refused)
        {
            return refused;
        }
        if ((await store.ListAttachmentsAsync(id, cancellationToken).ConfigureAwait(false)).FirstOrDefault(a => a.Id == attachmentId) is not { } record
            || !File.Exists(files.PathOf(record.Id)))
        {
            return Rejection.NotFound($"Expected attachment '{attachmentId}' of application '{id}' in the caller's scope, but there is none.");
        }
        await store.AppendAuditAsync(CaseworkAudit.OfApplication(time, caller, "attachment.read", id, new { attachmentId = record.Id, fileName = record.FileName }),
            cancellationToken).ConfigureAwait(false);
        return (record, files.PathOf(record.Id));
    }

    public async Task<CaseworkOutcome<IReadOnlyList<AttachmentRecord>>> ListAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if ((await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false)).Refused is { } refused)
        {
            return refused;
        }
        return new CaseworkOutcome<IReadOnlyList<AttachmentRecord>>(await store.ListAttachmentsAsync(id, cancellationToken).ConfigureAwait(false));
    }

    public async Task<CaseworkOutcome<IReadOnlyList<CaseworkAuditEntry>>> AuditTrailAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if ((await applications.WithPersonalDataAsync(caller, id, cancellationToken).ConfigureAwait(false)).Refused is { } refused)
        {
            return refused;
        }
        return new CaseworkOutcome<IReadOnlyList<CaseworkAuditEntry>>(await store.ListAuditAsync("application", id, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// 入户照片 are taken by the officer of the visit: the task is open, a visit step (<see cref="VisitSteps"/>), and the
    /// person may act on it at <paramref name="at"/>, the request's time (<see cref="TaskAuthority"/>: a deputy only while
    /// the cover lasts). The task page offers the form by this rule too.
    /// </summary>
    public static bool MayAddVisitPhoto(Actor actor, TaskView task, DateTimeOffset? at)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(task);
        return task.Status == TaskLifecycle.Open && VisitSteps.IsVisit(task.Title)
            && TaskAuthority.MayAct(actor, task.Authority(at));
    }

    private async Task<Rejection?> VisitPhotoRefusalAsync(Caller caller, string id, StoredApplication body, CancellationToken cancellationToken)
    {
        foreach (var sub in body.SubCases)
        {
            if (await cases.InstanceAsync(sub.InstanceId, cancellationToken).ConfigureAwait(false) is { } instance
                && instance.Tasks.Any(t => MayAddVisitPhoto(caller.Actor, t, caller.At)))
            {
                return null;
            }
        }
        return Rejection.Forbidden(
            $"Expected '{caller.Id}' to be able to act on an open visit step (入户调查、随访) of application '{id}', but they cannot (仅入户调查、随访环节的办理人可以上传入户照片).");
    }

    /// <summary>
    /// The upload's checks, the same for an application's file and a case's: the declared size before anything is read,
    /// the content streamed to a temporary file (never held in memory) and its type recognised by its first bytes.
    /// </summary>
    private async Task<CaseworkOutcome<CheckedFile>> CheckAsync(FileUpload upload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(upload);
        var max = options.Value.MaxAttachmentBytes;
        if (upload.Length == 0 || upload.Length > max)
        {
            return TooLarge(upload.Length, max);
        }
        await using var content = upload.OpenReadStream();
        if (await files.ReceiveAsync(content, max, cancellationToken).ConfigureAwait(false) is not { } received)
        {
            return TooLarge(max + 1, max);
        }
        var type = AllowedTypes.FirstOrDefault(t => received.Head.AsSpan().StartsWith(t.Magic)).ContentType;
        if (type is null)
        {
            AttachmentFiles.Discard(received.TemporaryPath);
            return Rejection.Invalid("Expected a PDF, JPEG or PNG file, but the content is none of them (仅允许 PDF、JPG、PNG).", "file");
        }
        var name = Path.GetFileName(upload.FileName ?? "").Trim();
        return new CheckedFile(received, type, name.Length is 0 or > 200 ? "附件" : name);
    }

    /// <summary>Keeps the file under its id once its row and audit entry are written, so a failure leaves no orphan.</summary>
    private async Task KeepAsync(CheckedFile file, string attachmentId, Func<Task> write)
    {
        files.Keep(file.Stored, attachmentId);
        try
        {
            await write().ConfigureAwait(false);
        }
        catch
        {
            AttachmentFiles.Discard(files.PathOf(attachmentId));
            throw;
        }
    }

    private sealed record CheckedFile(StoredFile Stored, string ContentType, string Name);

    private static Rejection TooLarge(long size, long max) =>
        Rejection.Invalid($"Expected a file of 1 to {max} bytes, but got {size} (附件大小超出限制).", "file");
}
