using Dapper;

namespace Workflow.Engine.Persistence.Casework;

public sealed partial class CaseworkStore
{
    /// <summary>Records an uploaded file (already written to the file store) with its audit entry.</summary>
    public Task AddAttachmentAsync(AttachmentRecord attachment, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", attachment.Id);
            p.Add("application_id", attachment.ApplicationId);
            p.Add("file_name", attachment.FileName);
            p.Add("content_type", attachment.ContentType);
            p.Add("size_bytes", attachment.SizeBytes);
            p.Add("sha256", attachment.Sha256);
            p.Add("uploaded_by", attachment.UploadedBy);
            AddTime(p, "uploaded_at", attachment.UploadedAt);
            await c.ExecuteAsync(new CommandDefinition(_attachmentSql.InsertAttachment, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<AttachmentRecord>> ListAttachmentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        ReadAsync<IReadOnlyList<AttachmentRecord>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.Attachment>(new CommandDefinition(_attachmentSql.ListAttachments,
                new { application_id = applicationId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord(_dialect)).ToList();
        }, cancellationToken);
}
