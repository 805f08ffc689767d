using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

using static Workflow.Definitions.Tests.DibaoCase;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 低保 (S-01): window intake → village 入户调查 and township review → 7-day 公示 → district 审核确认. Who decides is
/// configuration: without a routing rule the district confirms; with "审核确认权限下放到乡镇" the township does.
/// </summary>
public sealed class DibaoTests
{
    [Fact]
    public async Task Dibao_DistrictDecides_ApprovedAfterInvestigationReviewNoticeAndConfirmation()
    {
        // Given: no routing rule, so the definition's levels apply
        var s = DefinitionScenario.For(DefinitionFile);

        // When: the window receives the application on Monday morning
        var intake = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();

        // Then: the township window has two working days
        Assert.Equal(WindowAtTownship, intake.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 4)), intake.DueAt);

        // When: accepted, the chain starts at the village
        var accepted = (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();

        // Then: 入户调查 has seven working days, across the weekend
        var chain = Assert.Single(accepted.OfType<ChainStarted>());
        Assert.StartsWith("definition:", chain.RuleSource);
        Assert.Equal(["village", "township"], chain.Levels.Select(l => l.Level));
        var investigation = accepted.SingleTaskOpened();
        Assert.Equal(AssistantAtVillage, investigation.Assignee);
        Assert.Equal("入户调查（家庭经济状况）", investigation.Title);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 11)), investigation.DueAt);

        // When: the village approves, the township reviews
        var review = (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted().SingleTaskOpened();
        Assert.Equal(OfficeAtTownship, review.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 9)), review.DueAt);

        // When: the township approves, the 公示 runs seven calendar days and nobody has a task meanwhile
        var noticeStarted = (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        Assert.Equal(DefinitionScenario.MondayMorning.AddDays(7), Assert.Single(noticeStarted.OfType<TimerScheduled>()).DueAt);
        Assert.Empty(s.OpenTasks);
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(6)));

        // When: the seventh day passes without objection
        var confirmation = (await s.ElapseAsync(TimeSpan.FromDays(1))).SingleTaskOpened();

        // Then: the district confirms, within ten working days of Monday 9 March
        Assert.Equal(BureauAtDistrict, confirmation.Assignee);
        Assert.Equal("审核确认", confirmation.Title);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 23)), confirmation.DueAt);

        // When
        var finished = (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();

        // Then
        Assert.Equal(WorkflowSubStatus.Finished, Assert.Single(finished.OfType<InstanceFinished>()).SubStatus);
        s.AssertFinishedWith("approved");
        Assert.Equal(["低保审核确认：批准，自次月起发放最低生活保障金"], s.Instance.Lines);
    }

    [Fact]
    public async Task Dibao_TownshipDecidesByRoutingRule_ApprovedAfterNoticeWithoutDistrictTask()
    {
        // Given: 巴南区 has moved 审核确认 down to its townships; the definition is unchanged
        var routing = new RoutingTableStub().With("dibao", TestDivisions.District,
            new RoutingRule("巴南区低保审核确认权限下放", ["village", "township"], "township"));
        var s = DefinitionScenario.For(DefinitionFile, routing);
        (await s.StartAsync()).AssertAccepted();

        // When: the village investigates, the township reviews, and the 公示 passes
        var accepted = (await s.DecideAsync(TestActor.WindowClerk, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.VillageAssistant, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        var afterNotice = await s.ElapseAsync(TimeSpan.FromDays(7));

        // Then: both chains followed the rule; the confirmation chain had no level left and approved at once
        Assert.Equal("巴南区低保审核确认权限下放", Assert.Single(accepted.OfType<ChainStarted>()).RuleSource);
        var confirmation = Assert.Single(afterNotice.OfType<ChainStarted>());
        Assert.Empty(confirmation.Levels);
        Assert.Equal("approve", Assert.Single(afterNotice.OfType<ChainEnded>()).Outcome);
        Assert.DoesNotContain(s.Events.OfType<TaskOpened>(), t => t.Assignee.Level == "district");
        Assert.All(routing.Lookups, l => Assert.Equal(("dibao", TestDivisions.Village), l));
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task Dibao_DistrictDecidesByRoutingRule_ConfirmationUsesTheRulesTimeLimit()
    {
        // Given: a rule that keeps the district as decider but allows it fifteen working days
        var routing = new RoutingTableStub().With("dibao", TestDivisions.District,
            new RoutingRule("巴南区低保（区级确认）", ["village", "township", "district"], "district",
                new Dictionary<string, int> { ["district"] = 15 }));
        var s = await AtNoticeAsync(routing);

        // When
        var confirmation = (await s.ElapseAsync(TimeSpan.FromDays(7))).SingleTaskOpened();

        // Then: opened Monday 9 March, fifteen working days later
        Assert.Equal(BureauAtDistrict, confirmation.Assignee);
        Assert.Equal(15, confirmation.TimeLimitWorkingDays);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 30)), confirmation.DueAt);
    }

    [Fact]
    public async Task Dibao_TownshipDecidesWithDistrictStillListed_SkipsDistrictConfirmation()
    {
        // Given: the same delegation written as "all three levels, the township decides"; RoutingRule documents that
        // levels after the deciding one are skipped
        var routing = new RoutingTableStub().With("dibao", TestDivisions.District,
            new RoutingRule("巴南区低保审核确认权限下放", ["village", "township", "district"], "township"));
        var s = await AtNoticeAsync(routing);

        // When
        var afterNotice = await s.ElapseAsync(TimeSpan.FromDays(7));

        // Then: the district, after the deciding township, must not get a task
        Assert.DoesNotContain(afterNotice.OfType<TaskOpened>(), t => t.Assignee.Level == "district");
        s.AssertFinishedWith("approved");
    }
}
