using Workflow.Engine.Persistence.Dialects;

namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// Dapper targets for casework reads. Time columns come back as whatever the provider returns (SQLite integers,
/// PostgreSQL and SQL Server date types), so they are typed <see cref="object"/> and converted by the dialect.
/// </summary>
internal static class CaseworkRows
{
    internal sealed class Document
    {
        public string Name { get; set; } = "";
        public long Version { get; set; }
        public string Body { get; set; } = "";
        public object UpdatedAt { get; set; } = 0L;
        public string UpdatedBy { get; set; } = "";

        public StoredDocument ToRecord(SqlDialect d) => new(Name, Version, Body, d.FromDbTime(UpdatedAt), UpdatedBy);
    }

    internal sealed class Application
    {
        public string Id { get; set; } = "";
        public string CaseNumber { get; set; } = "";
        public string WindowDivision { get; set; } = "";
        public string DecidingDivision { get; set; } = "";
        public string ApplicantName { get; set; } = "";
        public string Status { get; set; } = "";
        public string Body { get; set; } = "";
        public object CreatedAt { get; set; } = 0L;
        public string CreatedBy { get; set; } = "";
        public object? ClosedAt { get; set; }
        public long Version { get; set; }
        public long? Restricted { get; set; }

        public ApplicationRecord ToRecord(SqlDialect d) => new(Id, CaseNumber, WindowDivision, DecidingDivision, ApplicantName, Status, Body,
            d.FromDbTime(CreatedAt), CreatedBy, ClosedAt is null or DBNull ? null : d.FromDbTime(ClosedAt), Version, Restricted != 0);
    }

    /// <summary>An attachment row of either table (<see cref="AttachmentSql"/>): its owner is the application or the case.</summary>
    internal sealed class StoredFile
    {
        public string Id { get; set; } = "";
        public string Owner { get; set; } = "";
        public string FileName { get; set; } = "";
        public string ContentType { get; set; } = "";
        public long SizeBytes { get; set; }
        public string Sha256 { get; set; } = "";
        public string UploadedBy { get; set; } = "";
        public object UploadedAt { get; set; } = 0L;
        public string? Kind { get; set; }

        public AttachmentRecord ToAttachment(SqlDialect d) =>
            new(Id, Owner, FileName, ContentType, SizeBytes, Sha256, UploadedBy, d.FromDbTime(UploadedAt), Kind);

        public CaseAttachmentRecord ToCaseAttachment(SqlDialect d) =>
            new(Id, Owner, FileName, ContentType, SizeBytes, Sha256, UploadedBy, d.FromDbTime(UploadedAt), Kind);
    }

    internal class Audit
    {
        public string Id { get; set; } = "";
        public object At { get; set; } = 0L;
        public string ActorId { get; set; } = "";
        public string Action { get; set; } = "";
        public string SubjectType { get; set; } = "";
        public string SubjectId { get; set; } = "";
        public string Detail { get; set; } = "";

        public CaseworkAuditEntry ToRecord(SqlDialect d) => new(Id, d.FromDbTime(At), ActorId, Action, SubjectType, SubjectId, Detail);
    }

    /// <summary>An audit row with its place in the chain (null before the chain existed).</summary>
    internal sealed class ChainedAudit : Audit
    {
        public long? Seq { get; set; }
        public string? PrevHash { get; set; }
        public string? Hash { get; set; }

        public string ChainBody(SqlDialect d) => CaseworkAuditChain.Body(ToRecord(d));
    }

    internal sealed class AuditHead
    {
        public long Seq { get; set; }
        public string Hash { get; set; } = "";
    }
}
