namespace Workflow.Casework;

/// <summary>
/// One integrated application (一门受理) taken at the window <paramref name="WindowDivisionCode"/> (the accepting
/// jurisdiction, which may differ from the deciding one). <paramref name="Items"/> are service item codes; the needs
/// assessment may add more. Validate with <see cref="ApplicationValidator"/>, split with <see cref="NeedsAssessment"/>.
/// <see cref="OnBehalf"/> is set when someone applies for the applicant (代为申请).
/// </summary>
public sealed record ApplicationForm(
    Applicant Applicant,
    IReadOnlyList<HouseholdMember> Household,
    IReadOnlyList<string> Items,
    AssessmentAnswers Assessment,
    bool ConsentToFinancialCheck,
    string WindowDivisionCode)
{
    /// <summary>代为申请: who applies for the applicant, in which post, and whose consent; null when the applicant applies.</summary>
    public OnBehalfOf? OnBehalf { get; init; }
}
