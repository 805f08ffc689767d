namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// An integrated application (the parent case). <paramref name="Body"/> is the whole form as JSON, personal data
/// included; callers mask it before it leaves the host. <paramref name="WindowDivision"/> accepted it and gets the
/// result back; <paramref name="DecidingDivision"/> decides (they differ for a cross-province hand-over).
/// <paramref name="Restricted"/> marks a child-protection application, which lists leave out for posts it does not name.
/// </summary>
public sealed record ApplicationRecord(
    string Id,
    string CaseNumber,
    string WindowDivision,
    string DecidingDivision,
    string ApplicantName,
    string Status,
    string Body,
    DateTimeOffset CreatedAt,
    string CreatedBy,
    DateTimeOffset? ClosedAt,
    long Version,
    bool Restricted = false);
