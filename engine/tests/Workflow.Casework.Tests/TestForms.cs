namespace Workflow.Casework.Tests;

/// <summary>Scenario-shaped application forms.</summary>
internal static class TestForms
{
    public static readonly DateOnly Today = new(2026, 11, 22);

    /// <summary>Scenario 1: a rural household of 3 in 桂花村 at the 界石镇 window, one child at school, one chronically ill.</summary>
    public static ApplicationForm Scenario1() => new(
        new Applicant("张秀英", TestOrganisation.ApplicantId, "13800005678", "6217 0000 1234 5678 901", TestOrganisation.Village, null, false),
        [
            new HouseholdMember("李强", "配偶", TestIds.Make("500113", "19780202", 17)),
            new HouseholdMember("李小明", "子女", TestIds.Make("500113", "20120909", 19)),
        ],
        ["dibao"],
        new AssessmentAnswers(HasSchoolChild: true, HasChronicIllness: true),
        ConsentToFinancialCheck: true,
        TestOrganisation.Township);
}
