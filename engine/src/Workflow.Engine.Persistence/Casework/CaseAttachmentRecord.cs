namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// A file kept on a case itself (<c>cw_case_attachments</c>): a 入户照片 of a case started without an application (an
/// alert, a 12345 ticket, a case started over the API). The bytes live in the file store under <paramref name="Id"/>, as an
/// application's attachment's do.
/// </summary>
public sealed record CaseAttachmentRecord(
    string Id,
    string InstanceId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? Kind);
