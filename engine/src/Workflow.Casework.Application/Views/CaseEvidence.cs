namespace Workflow.Casework.Application.Views;

/// <summary>
/// What an officer weighs beside a decision (issue 12): the household, the 家庭经济状况核对's findings with their sources
/// and dates, the 入户调查 records and photos, the attachments and the standard that applies. Personal data is masked
/// as everywhere (ID numbers, free text); someone who sees the case only to supervise gets the standards alone.
/// </summary>
public sealed record CaseEvidence(
    string? ApplicationId,
    IReadOnlyList<EvidenceMember> Household,
    IReadOnlyList<EvidenceCheck> Checks,
    IReadOnlyList<EvidenceVisit> Visits,
    IReadOnlyList<EvidenceFile> Photos,
    IReadOnlyList<EvidenceFile> Attachments,
    IReadOnlyList<EvidenceStandard> Standards)
{
    /// <summary>True when the application's materials were withheld (督办 sees facts only).</summary>
    public bool OnlyFacts { get; init; }

    public static CaseEvidence Standard(IReadOnlyList<EvidenceStandard> standards, bool onlyFacts) =>
        new(null, [], [], [], [], [], standards) { OnlyFacts = onlyFacts };
}

/// <summary>A member of the household: the applicant (<c>申请人</c>) first, ID number masked.</summary>
public sealed record EvidenceMember(string Name, string Relation, string? IdNumber);

/// <summary>One source's answer to the 家庭经济状况核对 (收入、财产), masked, with when it was asked and answered.</summary>
public sealed record EvidenceCheck(string SourceName, string StatusName, string? Finding, DateTimeOffset RequestedAt, DateTimeOffset? AnsweredAt);

/// <summary>A 入户调查 (or 入户查看, 随访) as recorded by the person who went: the step, who, the result and the record, masked.</summary>
public sealed record EvidenceVisit(string Step, string? ActorId, string? Outcome, string? Record, DateTimeOffset? At);

/// <summary>An attachment of the application: <paramref name="Url"/> opens it in the browser (PDF and images inline).</summary>
public sealed record EvidenceFile(string Id, string FileName, string KindName, string ContentType, long SizeBytes, string UploadedBy, DateTimeOffset UploadedAt, string Url)
{
    public bool IsImage => ContentType.StartsWith("image/", StringComparison.Ordinal);
}

/// <summary>A standard that applies to the case's item, e.g. 低保标准（每人每月） 700 元, with where it is set.</summary>
public sealed record EvidenceStandard(string Label, decimal Yuan, string Basis);
