using Workflow.Engine.Ports;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

using static Workflow.Definitions.Tests.DibaoCase;

namespace Workflow.Definitions.Tests;

/// <summary>低保: a <c>return</c> sends the case to the window for 补正 (supplementary material) and back.</summary>
public sealed class DibaoSupplementTests
{
    [Fact]
    public async Task Dibao_IntakeReturned_SupplementAtWindowThenIntakeAgain()
    {
        // Given
        var s = DefinitionScenario.For(DefinitionFile);
        var intake = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();

        // When: the window returns the application with a one-time list of what is missing (一次性告知)
        var supplement = (await s.DecideAsync(TestActor.WindowClerk, "return", "缺户口簿复印件、近 6 个月收入证明")).AssertAccepted().SingleTaskOpened();

        // Then: the window collects the material within ten working days
        Assert.Equal("补正材料（按一次性告知收取）", supplement.Title);
        Assert.Equal(WindowAtTownship, supplement.Assignee);
        Assert.Equal(["resubmit", "withdraw"], supplement.Outcomes);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 16)), supplement.DueAt);
        Assert.Equal("intake", s.Variable("returnTo"));

        // When: the material arrives
        var again = (await s.DecideAsync(TestActor.WindowClerk, "resubmit")).AssertAccepted().SingleTaskOpened();

        // Then: the application is back at intake, as a new task
        Assert.Equal(intake.ActivityId, again.ActivityId);
        Assert.NotEqual(intake.TaskId, again.TaskId);
        Assert.Equal(AssistantAtVillage, (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted().SingleTaskOpened().Assignee);
    }

    [Fact]
    public async Task Dibao_VillageReturnsInvestigation_SupplementThenInvestigationStartsAgain()
    {
        // Given: the village investigation is open
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();

        // When: the village returns it from the first level, so the chain leaves on return
        var returned = (await s.DecideAsync(TestActor.VillageAssistant, "return", "申请人赡养人信息不全")).AssertAccepted();

        // Then
        Assert.Equal("return", Assert.Single(returned.OfType<ChainEnded>()).Outcome);
        Assert.Equal(WindowAtTownship, returned.SingleTaskOpened().Assignee);
        Assert.Equal("review", s.Variable("returnTo"));

        // When: the material arrives
        var resubmitted = (await s.DecideAsync(TestActor.WindowClerk, "resubmit")).AssertAccepted();

        // Then: the chain starts over at the village, not at intake
        Assert.Single(resubmitted.OfType<ChainStarted>());
        Assert.Equal(AssistantAtVillage, resubmitted.SingleTaskOpened().Assignee);
    }

    [Fact]
    public async Task Dibao_TownshipReturnsReview_InvestigationReopensAtVillage()
    {
        // Given: the township review is open
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted();

        // When: the township returns it, which moves the chain one level down
        var returned = (await s.DecideAsync(TestActor.TownshipReviewer, "return", "入户调查记录缺两名工作人员签字")).AssertAccepted();

        // Then: the village investigates again; nothing went to the window
        var reopened = returned.SingleTaskOpened();
        Assert.Equal(AssistantAtVillage, reopened.Assignee);
        Assert.Equal(0, reopened.ChainStep);
        Assert.Empty(returned.OfType<ChainEnded>());
        Assert.Equal("", s.Variable("returnTo"));
    }

    [Fact]
    public async Task Dibao_DistrictReturnsConfirmation_SupplementThenBackToDistrict()
    {
        // Given
        var s = await AtConfirmationAsync();

        // When: the district returns it, the window collects the material, and it is resubmitted
        (await s.DecideAsync(TestActor.DistrictApprover, "return", "请补充申请人残疾证复印件")).AssertAccepted();
        Assert.Equal(WindowAtTownship, s.OpenTask.Opened.Assignee);
        var back = (await s.DecideAsync(TestActor.WindowClerk, "resubmit")).AssertAccepted();

        // Then: straight back to the district, without a new 公示
        Assert.Equal(BureauAtDistrict, back.SingleTaskOpened().Assignee);
        Assert.DoesNotContain(back.OfType<TimerScheduled>(), t => t.BookmarkId is not null); // only the step clock's warnings
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task Dibao_ApplicantNeverSupplements_EndsWithdrawnWithReason()
    {
        // Given: the application was returned at intake
        var s = DefinitionScenario.For(DefinitionFile);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.WindowClerk, "return", "缺户口簿复印件")).AssertAccepted();

        // When: the window closes it without a reason, then with one
        var noReason = await s.DecideAsync(TestActor.WindowClerk, "withdraw");
        (await s.DecideAsync(TestActor.WindowClerk, "withdraw", "逾期未补正，申请人书面撤回")).AssertAccepted();

        // Then
        Assert.Equal("comment", noReason.AssertRejected(RejectionType.InvalidInput).Field);
        s.AssertFinishedWith("withdrawn");
        Assert.Equal(["申请人未补正材料或撤回申请，低保申请终止办理"], s.Instance.Lines);
    }
}
