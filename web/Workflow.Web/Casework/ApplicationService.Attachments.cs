using System.Security.Cryptography;
using Workflow.Engine.Persistence.Casework;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Web.Casework;

public sealed partial class ApplicationService
{
    /// <summary>Allowed types, recognised by their first bytes rather than by what the client says.</summary>
    private static readonly (string ContentType, byte[] Magic)[] AllowedTypes =
    [
        ("application/pdf", "%PDF"u8.ToArray()),
        ("image/jpeg", [0xFF, 0xD8, 0xFF]),
        ("image/png", [0x89, 0x50, 0x4E, 0x47]),
    ];

    public async Task<CaseworkOutcome<AttachmentRecord>> AttachAsync(Caller caller, string id, string? fileName, byte[] content, AttachmentFiles files,
        CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return Missing(id);
        }
        if (content.Length == 0 || content.Length > options.Value.MaxAttachmentBytes)
        {
            return Rejection.Invalid($"Expected a file of 1 to {options.Value.MaxAttachmentBytes} bytes, but got {content.Length} (附件大小超出限制).", "file");
        }
        var type = AllowedTypes.FirstOrDefault(t => content.AsSpan().StartsWith(t.Magic)).ContentType;
        if (type is null)
        {
            return Rejection.Invalid("Expected a PDF, JPEG or PNG file, but the content is none of them (仅允许 PDF、JPG、PNG).", "file");
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            name = "附件";
        }
        var attachment = new AttachmentRecord(Guid.NewGuid().ToString("N"), id, name, type, content.Length,
            Convert.ToHexStringLower(SHA256.HashData(content)), caller.Id, time.GetUtcNow());
        await files.SaveAsync(attachment.Id, content, cancellationToken).ConfigureAwait(false);
        await store.AddAttachmentAsync(attachment, Audit(caller, "attachment.add", id,
            new { attachmentId = attachment.Id, fileName = name, sha256 = attachment.Sha256, size = content.Length }), cancellationToken).ConfigureAwait(false);
        return attachment;
    }

    public async Task<CaseworkOutcome<IReadOnlyList<AttachmentRecord>>> AttachmentsAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return Missing(id);
        }
        return new CaseworkOutcome<IReadOnlyList<AttachmentRecord>>(await store.ListAttachmentsAsync(id, cancellationToken).ConfigureAwait(false));
    }

    public async Task<CaseworkOutcome<IReadOnlyList<CaseworkAuditEntry>>> AuditTrailAsync(Caller caller, string id, CancellationToken cancellationToken)
    {
        if (await VisibleAsync(caller, id, cancellationToken).ConfigureAwait(false) is null)
        {
            return Missing(id);
        }
        return new CaseworkOutcome<IReadOnlyList<CaseworkAuditEntry>>(await store.ListAuditAsync("application", id, cancellationToken).ConfigureAwait(false));
    }
}
