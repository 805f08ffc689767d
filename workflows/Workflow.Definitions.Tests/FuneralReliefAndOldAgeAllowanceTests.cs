using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Definitions.Tests;

/// <summary>
/// The two one-step items of scenario 7: 惠民殡葬救助 offered to the family after a death (S-19), and 高龄津贴 on
/// application for someone the population data does not know (S-15).
/// </summary>
public sealed class FuneralReliefAndOldAgeAllowanceTests
{
    private static readonly TaskAssignee CaseworkerAtTownship = new("社会救助经办", "township", TestDivisions.Township, null, null);

    [Fact]
    public async Task FuneralRelief_FamilyAccepts_EndsApproved()
    {
        // Given
        var s = DefinitionScenario.For("funeral-relief.v1.json");

        // When
        var offer = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "accepted", "家属申请减免遗体接运和火化费用")).AssertAccepted();

        // Then
        Assert.Equal(CaseworkerAtTownship, offer.Assignee);
        Assert.Equal(["accepted", "declined"], offer.Outcomes);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 9)), offer.DueAt);
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task FuneralRelief_FamilyDeclines_EndsDeclinedWithTheReason()
    {
        // Given
        var s = DefinitionScenario.For("funeral-relief.v1.json");
        (await s.StartAsync()).AssertAccepted();

        // When
        (await s.DecideAsync(CaseActors.TownshipCaseworker, "declined", "家属选择异地安葬，自行办理")).AssertAccepted();

        // Then
        s.AssertFinishedWith("declined");
        Assert.Equal("家属选择异地安葬，自行办理", Assert.Single(s.Instance.Tasks.Values).Comment);
    }

    [Fact]
    public async Task OldAgeAllowance_TownshipApproves_EndsApproved()
    {
        // Given
        var s = DefinitionScenario.For("old-age-allowance.v1.json");

        // When
        var review = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // Then
        Assert.Equal(new TaskAssignee("民政办", "township", TestDivisions.Township, null, null), review.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 16)), review.DueAt);
        s.AssertFinishedWith("approved");
        Assert.Equal(["高龄津贴审核通过：自次月起按年龄段标准按月发放"], s.Instance.Lines);
    }

    [Fact]
    public async Task OldAgeAllowance_TownshipRejects_EndsRejected()
    {
        // Given
        var s = DefinitionScenario.For("old-age-allowance.v1.json");
        (await s.StartAsync()).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "户籍不在本区")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }
}
