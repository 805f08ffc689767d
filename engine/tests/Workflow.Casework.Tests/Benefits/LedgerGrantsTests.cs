using System.Text.Json.Nodes;
using Workflow.Casework.Application.Benefits;

namespace Workflow.Casework.Tests.Benefits;

/// <summary>What an approval grants (issue 11): amounts from the case's variables and the options, and the 分散供养 gate.</summary>
public sealed class LedgerGrantsTests
{
    private static readonly LedgerOptions Options = new();
    private static readonly string Elder = TestIds.Make("500113", "19460310", 12);
    private static readonly DateOnly Approved = new(2026, 3, 31);

    private static Dictionary<string, JsonNode?> Variables(params (string Name, JsonNode? Value)[] values) =>
        values.ToDictionary(v => v.Name, v => v.Value);

    [Fact]
    public void Decide_TekunDispersedAndUnable_BasicPlusCareTier_HeldForTheCareAgreement()
    {
        var (fen, condition) = LedgerGrants.Decide("tekun", Variables(("result", "approved"), ("selfCare", "unable"), ("supportMode", "dispersed")),
            Elder, 1, Approved, Options);

        Assert.Equal(180_600, fen);
        Assert.Equal("care-agreement", condition);
    }

    [Fact]
    public void Decide_TekunConcentrated_IsPaidWithoutAGate()
    {
        var (fen, condition) = LedgerGrants.Decide("tekun", Variables(("selfCare", "partly"), ("supportMode", "concentrated")), Elder, 1, Approved, Options);

        Assert.Equal(120_600, fen);
        Assert.Null(condition);
    }

    [Fact]
    public void Decide_Dibao_TakesTheCasesAmount_ElsePerMember()
    {
        Assert.Equal(95_050, LedgerGrants.Decide("dibao", Variables(("monthlyAmountYuan", 950.5m)), Elder, 3, Approved, Options).Fen);
        Assert.Equal(210_000, LedgerGrants.Decide("dibao", Variables(), Elder, 3, Approved, Options).Fen);
    }

    [Fact]
    public void Decide_ChildAndOldAge_FixedStandardAndTheAgeBand()
    {
        Assert.Equal(130_000, LedgerGrants.Decide(LedgerItems.DeFactoUnsupportedChild, Variables(), Elder, 1, Approved, Options).Fen);
        Assert.Equal(5_000, LedgerGrants.Decide("old-age-allowance", Variables(), Elder, 1, Approved, Options).Fen);
        Assert.True(LedgerItems.Find(LedgerItems.DeFactoUnsupportedChild)!.Restricted);
    }

    [Fact]
    public void ApprovedOn_TekunConfirmedByTheCounty30JanAndAdmitted3Feb_IsTheConfirmationDay_SoItPaysFromFebruary()
    {
        var china = TimeSpan.FromHours(8);
        var tasks = new[]
        {
            Task("township", "approve", new DateTimeOffset(2026, 1, 20, 10, 0, 0, china)),
            Task("county", "approve", new DateTimeOffset(2026, 1, 30, 16, 0, 0, china)),
            Task("admit", "admitted", new DateTimeOffset(2026, 2, 3, 9, 0, 0, china)),
        };

        var approvedOn = LedgerGrants.ApprovedOn(tasks, new DateTimeOffset(2026, 2, 3, 9, 0, 1, china));

        Assert.Equal(new DateOnly(2026, 1, 30), approvedOn);
        Assert.Equal(Workflow.Casework.Benefits.LedgerMonth.Of(2026, 2), Workflow.Casework.Benefits.LedgerMonth.After(approvedOn));
    }

    [Fact]
    public void ApprovedOn_ACaseWithNoApprovingTask_IsTheDayItFinished_InChinaTime()
    {
        var finished = new DateTimeOffset(2026, 1, 31, 17, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 2, 1), LedgerGrants.ApprovedOn([Task("visit", "visited", finished.AddDays(-1))], finished));
    }

    private static Workflow.Casework.Application.Views.TaskView Task(string id, string outcome, DateTimeOffset closedAt) =>
        new("inst-1", id, Workflow.Engine.Runtime.Events.TaskKind.Approval, id, new(null, null, null, null, null), Workflow.Engine.State.TaskLifecycle.Completed,
            [outcome], [], closedAt.AddDays(-1), null, outcome, "officer", null, closedAt);
    [Theory]
    [InlineData("semi")]
    [InlineData(null)]
    public void Decide_TekunWithASelfCareTheStandardsDoNotList_GrantsNothing(string? selfCare)
    {
        Assert.Equal(0, LedgerGrants.Decide("tekun", Variables(("selfCare", selfCare)), Elder, 1, Approved, Options).Fen);
    }

    [Fact]
    public void Decide_AnItemNotListed_GrantsNothing_NotTheOldAgeAllowance()
    {
        Assert.Equal(0, LedgerGrants.Decide("temporary-assistance", Variables(), Elder, 1, Approved, Options).Fen);
    }

    [Fact]
    public void LedgerOptions_CareTiers_MustBeExactlyTheThreeLevels()
    {
        Assert.True(new LedgerOptions().CareTiersValid());
        var typo = new LedgerOptions();
        typo.TekunCareYuan["unabel"] = 1000m;
        Assert.False(typo.CareTiersValid());
        var missing = new LedgerOptions();
        missing.TekunCareYuan.Remove("partly");
        Assert.False(missing.CareTiersValid());
    }
}
