namespace Workflow.Casework.Application.Requests;

/// <summary>
/// <c>POST /api/applications</c>: one integrated application (一门受理) at a window. <paramref name="Items"/> are the
/// service items asked for; the needs assessment may add more. <paramref name="Channel"/> is <c>window</c> (default)
/// or <c>online</c> (全程网办). <paramref name="RequestKey"/> makes a double click accept the application once.
/// <paramref name="OnBehalf"/> is set when someone applies for the applicant (代为申请).
/// </summary>
public sealed record ApplicationRequest(
    string? WindowDivisionCode,
    ApplicantBody? Applicant,
    IReadOnlyList<MemberBody>? Household,
    IReadOnlyList<string>? Items,
    AssessmentBody? Assessment,
    bool ConsentToFinancialCheck,
    string? Channel = null,
    string? RequestKey = null,
    OnBehalfBody? OnBehalf = null);
