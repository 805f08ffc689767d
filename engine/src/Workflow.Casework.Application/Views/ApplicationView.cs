namespace Workflow.Casework.Application.Views;

/// <summary>
/// The parent case as the window and every handler see it: personal data masked, one entry per sub-case with its
/// status, result and the open steps' remaining working days.
/// </summary>
public sealed record ApplicationView(
    string ApplicationId,
    string CaseNumber,
    string Status,
    string StatusName,
    string Channel,
    string WindowDivisionCode,
    string DecidingDivisionCode,
    PersonView Applicant,
    IReadOnlyList<MemberView> Household,
    IReadOnlyList<SubCaseView> SubCases,
    IReadOnlyList<string> Flags,
    string? RefusalReason,
    DateTimeOffset AcceptedAt,
    string AcceptedBy,
    DateTimeOffset? ClosedAt)
{
    /// <summary>The flags' stable codes (<c>child-protection</c> …), beside <see cref="Flags"/> in words.</summary>
    public IReadOnlyList<string> FlagCodes { get; init; } = [];

    /// <summary>转移接续: the linked application and the months each side pays.</summary>
    public EntitlementTransfer? Transfer { get; init; }

    /// <summary>家庭经济状况核对: each source's status, attempts and answer.</summary>
    public IReadOnlyList<CheckView> Checks { get; init; } = [];

    /// <summary>代为申请: who applied for the applicant and whose consent; null when the applicant applied.</summary>
    public OnBehalfView? OnBehalf { get; init; }

    /// <summary>Shown to someone who sees it only as its supervisor (<see cref="FactsOnly"/>).</summary>
    public bool OnlyFacts { get; init; }

    /// <summary>
    /// The application as a supervisor (督办) sees it: its number, status, offices, sub-cases and deadlines; no applicant,
    /// household, refusal reason, transfer or check answers.
    /// </summary>
    public ApplicationView FactsOnly() => this with
    {
        Applicant = new PersonView("", null, null, null, Applicant.HukouDivisionCode, Applicant.ResidenceDivisionCode, false),
        Household = [],
        RefusalReason = null,
        Transfer = null,
        Checks = [],
        OnBehalf = null,
        OnlyFacts = true,
    };
}
