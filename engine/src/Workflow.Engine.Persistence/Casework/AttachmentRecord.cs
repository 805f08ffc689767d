namespace Workflow.Engine.Persistence.Casework;

/// <summary>An uploaded file's metadata; the bytes live in the file store under <paramref name="Id"/>.</summary>
/// <param name="Kind">What the file is when the uploader said so (<c>care-agreement</c>: a signed 委托照料服务协议); null otherwise.</param>
public sealed record AttachmentRecord(
    string Id,
    string ApplicationId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt,
    string? Kind = null);
