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
    string? CaseDivisionCode = null)
{
    /// <summary>When the task opens (the engine's clock): leave cover (代理) in force then adds the deputies.</summary>
    public DateTimeOffset? At { get; init; }
}
