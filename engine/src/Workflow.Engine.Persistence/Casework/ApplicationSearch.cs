namespace Workflow.Engine.Persistence.Casework;

/// <summary>
/// What a person searches 受理记录 for; every part is optional and all given parts must hold. Text parts match anywhere
/// in the 受理编号 and the applicant's recorded name; <paramref name="ItemCode"/> is one of the application's items;
/// <paramref name="AcceptedFrom"/> is inclusive and <paramref name="AcceptedBefore"/> exclusive.
/// </summary>
public sealed record ApplicationSearch(
    string? CaseNumber = null,
    string? ApplicantName = null,
    string? ItemCode = null,
    string? Status = null,
    DateTimeOffset? AcceptedFrom = null,
    DateTimeOffset? AcceptedBefore = null)
{
    public static ApplicationSearch All { get; } = new();
}
