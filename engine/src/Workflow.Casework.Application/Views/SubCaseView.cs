namespace Workflow.Casework.Application.Views;

/// <summary>
/// One sub-case: which item, who decides it where (<paramref name="JurisdictionBasis"/> says why), its workflow
/// instance, status and result, and the steps open now.
/// </summary>
public sealed record SubCaseView(
    string ItemCode,
    string ItemName,
    string Kind,
    string Origin,
    string InstanceId,
    string CaseDivisionCode,
    string? DecidingDivisionCode,
    string JurisdictionBasis,
    string? DepartmentCode,
    string? DepartmentName,
    string Status,
    string StatusName,
    string? Result,
    string? ResultName,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<StepView> OpenSteps);
