namespace Workflow.Engine.Ports;

/// <summary>
/// What a person searches the case list (案件查询) for; every part is optional and all given parts must hold. Text parts
/// match anywhere in the value (<paramref name="CaseNumber"/>: the case id or its application's 受理编号;
/// <paramref name="ApplicantName"/>: the name the window recorded on the application). <paramref name="Statuses"/> are
/// stored status codes (<c>WorkflowSubStatus</c> names); <paramref name="CreatedFrom"/> is inclusive and
/// <paramref name="CreatedBefore"/> exclusive. <paramref name="DivisionCode"/> narrows to that division's subtree;
/// <paramref name="DueFrom"/> (inclusive) and <paramref name="DueBefore"/> (exclusive) to an open step due then (in the
/// inbox: the listed step's own deadline). The search narrows a scope (<see cref="CaseScope"/>), never widens it.
/// </summary>
public sealed record CaseSearch(
    string? CaseNumber = null,
    string? ApplicantName = null,
    string? DefinitionId = null,
    IReadOnlyList<string>? Statuses = null,
    DateTimeOffset? CreatedFrom = null,
    DateTimeOffset? CreatedBefore = null,
    string? DivisionCode = null,
    DateTimeOffset? DueFrom = null,
    DateTimeOffset? DueBefore = null)
{
    /// <summary>No filter: the whole scope.</summary>
    public static CaseSearch All { get; } = new();
}
