namespace Workflow.Casework.Application.Requests;

/// <summary>
/// The window's needs assessment (综合评估): each flag can add a service item (a school child → 教育救助, a chronic
/// illness → 医疗救助 …). <paramref name="Emergency"/> marks 临时救助 as 急难型 (pay first); otherwise it is 支出型.
/// </summary>
public sealed record AssessmentBody(
    bool HasSchoolChild = false,
    bool HasChronicIllness = false,
    bool HousingDifficulty = false,
    bool Unemployed = false,
    bool Emergency = false,
    string? DisabilityGrade = null,
    bool NeedsCharity = false);
