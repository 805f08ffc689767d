namespace Workflow.Engine.Persistence.Casework;

/// <summary>An uploaded file's metadata; the bytes live in the file store under <paramref name="Id"/>.</summary>
public sealed record AttachmentRecord(
    string Id,
    string ApplicationId,
    string FileName,
    string ContentType,
    long SizeBytes,
    string Sha256,
    string UploadedBy,
    DateTimeOffset UploadedAt);
