using Workflow.Engine.Persistence.Dialects;
using Dapper;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>An application's attachments and a case's own, each added with its audit entry.</summary>
internal sealed class AttachmentRows(CaseworkTransactions casework)
{
    private readonly AttachmentSql _attachmentSql = AttachmentSql.For(casework.Dialect);

    /// <summary>Records an uploaded file (already written to the file store) with its audit entry.</summary>
    public Task AddAttachmentAsync(AttachmentRecord a, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        AddAsync(_attachmentSql.InsertAttachment, new CaseworkRows.StoredFile
        {
            Id = a.Id, Owner = a.ApplicationId, FileName = a.FileName, ContentType = a.ContentType, SizeBytes = a.SizeBytes,
            Sha256 = a.Sha256, UploadedBy = a.UploadedBy, UploadedAt = a.UploadedAt, Kind = a.Kind,
        }, audit, cancellationToken);

    public Task<IReadOnlyList<AttachmentRecord>> ListAttachmentsAsync(string applicationId, CancellationToken cancellationToken = default) =>
        ListAsync(_attachmentSql.ListAttachments, applicationId, r => r.ToAttachment(casework.Dialect), cancellationToken);

    /// <summary>Records a file kept on a case itself (already written to the file store) with its audit entry.</summary>
    public Task AddCaseAttachmentAsync(CaseAttachmentRecord a, CaseworkAuditEntry audit, CancellationToken cancellationToken = default) =>
        AddAsync(_attachmentSql.InsertCaseAttachment, new CaseworkRows.StoredFile
        {
            Id = a.Id, Owner = a.InstanceId, FileName = a.FileName, ContentType = a.ContentType, SizeBytes = a.SizeBytes,
            Sha256 = a.Sha256, UploadedBy = a.UploadedBy, UploadedAt = a.UploadedAt, Kind = a.Kind,
        }, audit, cancellationToken);

    public Task<IReadOnlyList<CaseAttachmentRecord>> ListCaseAttachmentsAsync(string instanceId, CancellationToken cancellationToken = default) =>
        ListAsync(_attachmentSql.ListCaseAttachments, instanceId, r => r.ToCaseAttachment(casework.Dialect), cancellationToken);

    private Task AddAsync(string insert, CaseworkRows.StoredFile file, CaseworkAuditEntry audit, CancellationToken cancellationToken) =>
        casework.WriteAsync(async (c, t) =>
        {
            var p = new DynamicParameters();
            p.Add("id", file.Id);
            p.Add("owner", file.Owner);
            p.Add("file_name", file.FileName);
            p.Add("content_type", file.ContentType);
            p.Add("size_bytes", file.SizeBytes);
            p.Add("sha256", file.Sha256);
            p.Add("uploaded_by", file.UploadedBy);
            p.AddTime(casework.Dialect, "uploaded_at", (DateTimeOffset)file.UploadedAt);
            p.AddText("kind", file.Kind);
            await c.ExecuteAsync(new CommandDefinition(insert, p, t, cancellationToken: cancellationToken)).ConfigureAwait(false);
            await casework.AuditAsync(c, t, audit, cancellationToken).ConfigureAwait(false);
            return 0;
        }, cancellationToken);

    private Task<IReadOnlyList<T>> ListAsync<T>(string list, string owner, Func<CaseworkRows.StoredFile, T> read, CancellationToken cancellationToken) =>
        casework.ReadAsync<IReadOnlyList<T>>(async c =>
        {
            var rows = await c.QueryAsync<CaseworkRows.StoredFile>(new CommandDefinition(list, new { owner }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return rows.Select(read).ToList();
        }, cancellationToken);
}
