using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>The statements of an application's attachments (<c>cw_attachments</c>) and a case's own (<c>cw_case_attachments</c>).</summary>
internal sealed class AttachmentSql
{
    public AttachmentSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        var attachments = dialect.QuoteIdentifier("cw_attachments");
        InsertAttachment = $"""
            INSERT INTO {attachments} (id, application_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, kind)
            VALUES ({P("id")}, {P("application_id")}, {P("file_name")}, {P("content_type")},
                {P("size_bytes")}, {P("sha256")}, {P("uploaded_by")}, {P("uploaded_at")}, {P("kind")})
            """;
        ListAttachments = $"""
            SELECT id AS Id, application_id AS ApplicationId, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes,
                sha256 AS Sha256, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt, kind AS Kind
            FROM {attachments}
            WHERE application_id = {P("application_id")}
            ORDER BY uploaded_at
            """;
        var caseAttachments = dialect.QuoteIdentifier("cw_case_attachments");
        InsertCaseAttachment = $"""
            INSERT INTO {caseAttachments} (id, instance_id, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, kind)
            VALUES ({P("id")}, {P("instance_id")}, {P("file_name")}, {P("content_type")},
                {P("size_bytes")}, {P("sha256")}, {P("uploaded_by")}, {P("uploaded_at")}, {P("kind")})
            """;
        ListCaseAttachments = $"""
            SELECT id AS Id, instance_id AS InstanceId, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes,
                sha256 AS Sha256, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt, kind AS Kind
            FROM {caseAttachments}
            WHERE instance_id = {P("instance_id")}
            ORDER BY uploaded_at
            """;
    }

    public static AttachmentSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new AttachmentSql(d));

    public string InsertAttachment { get; }

    public string ListAttachments { get; }

    public string InsertCaseAttachment { get; }

    public string ListCaseAttachments { get; }
}

