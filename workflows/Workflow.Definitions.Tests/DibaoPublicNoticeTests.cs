using Workflow.Engine.Ports;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

using static Workflow.Definitions.Tests.DibaoCase;

namespace Workflow.Definitions.Tests;

/// <summary>低保: the 7-day 公示, and what an objection during it does.</summary>
public sealed class DibaoPublicNoticeTests
{
    [Fact]
    public async Task Dibao_ObjectionDuringNotice_RecheckThenFullSevenDayNoticeAgain()
    {
        // Given: three days into the 公示
        var s = await AtNoticeAsync();
        var firstTimer = Assert.Single(s.Instance.Timers.Values);
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(3)));

        // When: a villager objects
        var objected = (await s.ObjectAsync(TestActor.Villager, "申请人家中有经营性货车未申报")).AssertAccepted();

        // Then: the 公示 stops and the township re-investigates within five working days of Thursday
        Assert.Single(objected.OfType<ObjectionRecorded>());
        Assert.Equal(firstTimer.TimerId, Assert.Single(objected.OfType<TimerCancelled>()).TimerId);
        var recheck = objected.SingleTaskOpened();
        Assert.Equal(OfficeAtTownship, recheck.Assignee);
        Assert.Equal("公示异议复查（重新调查或民主评议）", recheck.Title);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 12)), recheck.DueAt);

        // When: the recheck finds the objection unfounded
        var republished = (await s.DecideAsync(TestActor.TownshipReviewer, "approve", "经入户核实，货车已于 2025 年报废")).AssertAccepted();

        // Then: a new 公示 runs a full seven days from now, and the old timer can no longer fire
        Assert.Equal(s.Time.GetUtcNow().AddDays(7), Assert.Single(republished.OfType<TimerScheduled>()).DueAt);
        (await s.FireTimerAsync(firstTimer.TimerId)).AssertRejected(RejectionType.InvalidState);
        Assert.Empty(await s.ElapseAsync(TimeSpan.FromDays(6)));
        Assert.Equal(BureauAtDistrict, (await s.ElapseAsync(TimeSpan.FromDays(1))).SingleTaskOpened().Assignee);
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();
        s.AssertFinishedWith("approved");
    }

    [Fact]
    public async Task Dibao_ObjectionUpheldOnRecheck_EndsRejected()
    {
        // Given: an objection has been raised
        var s = await AtNoticeAsync();
        (await s.ObjectAsync(TestActor.Villager, "申请人子女有稳定工作和收入")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "经民主评议，异议成立")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }

    [Fact]
    public async Task Dibao_RecheckApprovedWithoutFindings_IsInvalidInputOnComment()
    {
        // Given: an objection has been raised
        var s = await AtNoticeAsync();
        (await s.ObjectAsync(TestActor.Villager, "申请人子女有稳定工作和收入")).AssertAccepted();

        // When: the township dismisses it without writing down why
        var rejection = (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertRejected(RejectionType.InvalidInput);

        // Then
        Assert.Equal("comment", rejection.Field);
    }
}
