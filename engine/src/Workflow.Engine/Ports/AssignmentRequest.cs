namespace Workflow.Engine.Ports;

/// <summary>
/// What a task asks for. <paramref name="DivisionCode"/> is already cut to <paramref name="Level"/>.
/// <paramref name="ApplicantIdNumber"/> comes from the case input <c>applicantIdNumber</c> and drives 回避.
/// <paramref name="CaseDivisionCode"/> is the case's own division (the household's village), for checks of who may read it.
/// </summary>
public sealed record AssignmentRequest(
    string? Post,
    string? Level,
    string? DivisionCode,
    string? DepartmentCode,
    string? ServiceItem,
    string? ApplicantIdNumber,
    string? CaseDivisionCode = null);
