namespace Workflow.Casework;

/// <summary>
/// One integrated application (一门受理) taken at the window <paramref name="WindowDivisionCode"/> (the accepting
/// jurisdiction, which may differ from the deciding one). <paramref name="Items"/> are service item codes; the needs
/// assessment may add more. Validate with <see cref="ApplicationValidator"/>, split with <see cref="NeedsAssessment"/>.
/// </summary>
public sealed record ApplicationForm(
    Applicant Applicant,
    IReadOnlyList<HouseholdMember> Household,
    IReadOnlyList<string> Items,
    AssessmentAnswers Assessment,
    bool ConsentToFinancialCheck,
    string WindowDivisionCode);
