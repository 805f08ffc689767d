namespace Workflow.Engine.Ports;

/// <summary>
/// What a task asks for. <paramref name="DivisionCode"/> is already cut to <paramref name="Level"/>.
/// <paramref name="ApplicantIdNumber"/> comes from the case input <c>applicantIdNumber</c> and drives 回避.
/// </summary>
public sealed record AssignmentRequest(
    string? Post,
    string? Level,
    string? DivisionCode,
    string? DepartmentCode,
    string? ServiceItem,
    string? ApplicantIdNumber);
