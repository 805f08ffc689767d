namespace Workflow.Casework;

/// <summary>
/// The window's 综合评估 questions. Each "yes" may add an item: a school child → 教育救助, chronic or serious illness →
/// 医疗救助, an emergency → 临时救助, disability grade 1–2 → 残疾人两项补贴, housing need → 住房救助, able to work but
/// unemployed → 就业救助. <paramref name="DisabilityGrade"/> is 1–4 (一级 to 四级) when someone holds a 残疾证.
/// </summary>
public sealed record AssessmentAnswers(
    bool HasSchoolChild = false,
    bool HasChronicIllness = false,
    bool Emergency = false,
    int? DisabilityGrade = null,
    bool NeedsHousing = false,
    bool SeeksEmployment = false)
{
    public static AssessmentAnswers None { get; } = new();
}
