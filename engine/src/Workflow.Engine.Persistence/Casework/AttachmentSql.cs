using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// The statements of an application's attachments (<c>cw_attachments</c>, owned by <c>application_id</c>) and a case's own
/// (<c>cw_case_attachments</c>, owned by <c>instance_id</c>): the same file columns, read as a <see cref="CaseworkRows.StoredFile"/>
/// whose owner is the parameter <c>owner</c>.
/// </summary>
internal sealed class AttachmentSql
{
    public AttachmentSql(SqlDialect dialect)
    {
        ArgumentNullException.ThrowIfNull(dialect);
        string P(string name) => dialect.Parameter(name);
        string Insert(string table, string owner) => $"""
            INSERT INTO {dialect.QuoteIdentifier(table)} (id, {owner}, file_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at, kind)
            VALUES ({P("id")}, {P("owner")}, {P("file_name")}, {P("content_type")},
                {P("size_bytes")}, {P("sha256")}, {P("uploaded_by")}, {P("uploaded_at")}, {P("kind")})
            """;
        string List(string table, string owner) => $"""
            SELECT id AS Id, {owner} AS Owner, file_name AS FileName, content_type AS ContentType, size_bytes AS SizeBytes,
                sha256 AS Sha256, uploaded_by AS UploadedBy, uploaded_at AS UploadedAt, kind AS Kind
            FROM {dialect.QuoteIdentifier(table)}
            WHERE {owner} = {P("owner")}
            ORDER BY uploaded_at
            """;
        InsertAttachment = Insert("cw_attachments", "application_id");
        ListAttachments = List("cw_attachments", "application_id");
        InsertCaseAttachment = Insert("cw_case_attachments", "instance_id");
        ListCaseAttachments = List("cw_case_attachments", "instance_id");
    }

    public static AttachmentSql For(SqlDialect dialect) => StatementCache.For(dialect, static d => new AttachmentSql(d));

    public string InsertAttachment { get; }

    public string ListAttachments { get; }

    public string InsertCaseAttachment { get; }

    public string ListCaseAttachments { get; }
}
