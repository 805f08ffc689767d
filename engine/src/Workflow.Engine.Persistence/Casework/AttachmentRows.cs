using Workflow.Engine.Persistence.Dialects;
using Dapper;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>An application's attachments and a case's own, each added with its audit entry.</summary>
internal sealed class AttachmentRows(CaseworkTransactions casework)
{
    private readonly AttachmentSql _attachmentSql = AttachmentSql.For(casework.Dialect);

    /// <summary>Records an uploaded file (already written to the file store) with its audit entry.</summary>
    public Task AddAttachmentAsync(AttachmentRecord attachment, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", attachment.Id);
            p.Add("application_id", attachment.ApplicationId);
            p.Add("file_name", attachment.FileName);
            p.Add("content_type", attachment.ContentType);
            p.Add("size_bytes", attachment.SizeBytes);
            p.Add("sha256", attachment.Sha256);
            p.Add("uploaded_by", attachment.UploadedBy);
            p.AddTime(casework.Dialect, "uploaded_at", attachment.UploadedAt);
            p.AddText("kind", attachment.Kind);
            await c.ExecuteAsync(new CommandDefinition(_attachmentSql.InsertAttachment, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<AttachmentRecord>> ListAttachmentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<AttachmentRecord>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.Attachment>(new CommandDefinition(_attachmentSql.ListAttachments,
                new { application_id = applicationId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord(casework.Dialect)).ToList();
        }, cancellationToken);

    /// <summary>Records a file kept on a case itself (already written to the file store) with its audit entry.</summary>
    public Task AddCaseAttachmentAsync(CaseAttachmentRecord attachment, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", attachment.Id);
            p.Add("instance_id", attachment.InstanceId);
            p.Add("file_name", attachment.FileName);
            p.Add("content_type", attachment.ContentType);
            p.Add("size_bytes", attachment.SizeBytes);
            p.Add("sha256", attachment.Sha256);
            p.Add("uploaded_by", attachment.UploadedBy);
            p.AddTime(casework.Dialect, "uploaded_at", attachment.UploadedAt);
            p.AddText("kind", attachment.Kind);
            await c.ExecuteAsync(new CommandDefinition(_attachmentSql.InsertCaseAttachment, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    public Task<IReadOnlyList<CaseAttachmentRecord>> ListCaseAttachmentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        casework.ReadAsync<IReadOnlyList<CaseAttachmentRecord>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.CaseAttachment>(new CommandDefinition(_attachmentSql.ListCaseAttachments,
                new { instance_id = instanceId }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(r => r.ToRecord(casework.Dialect)).ToList();
        }, cancellationToken);
}
