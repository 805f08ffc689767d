using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Ports;
using Workflow.Engine.Runtime.Events;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 事实无人抚养儿童认定 (S-11, scenario 5 step 4): township 审核 → county 确认, never a 公示 (the child's privacy).
/// </summary>
public sealed class DeFactoUnsupportedChildTests
{
    private const string File = "de-facto-unsupported-child.v1.json";

    [Fact]
    public async Task DeFactoUnsupportedChild_TownshipThenCounty_EndsApprovedWithNoNoticeEver()
    {
        // Given
        var s = DefinitionScenario.For(File);

        // When: the township checks within 15 working days, then the county confirms within 15 more
        var review = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();
        var confirm = (await s.DecideAsync(TestActor.TownshipReviewer, "approve", "父亲服刑，母亲失联 7 个月，经公安核实")).AssertAccepted().SingleTaskOpened();
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();

        // Then
        Assert.Equal(new TaskAssignee("民政办", "township", TestDivisions.Township, null, null), review.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 23)), review.DueAt);
        Assert.Equal(new TaskAssignee("区民政局", "district", TestDivisions.District, null, null), confirm.Assignee);
        s.AssertFinishedWith("approved");
        Assert.DoesNotContain(s.Events.OfType<BookmarkCreated>(), b => b.Kind == BookmarkKind.Notice);
        Assert.DoesNotContain(s.Events, e => e is TimerScheduled t && t.ClockId is null);
    }

    [Fact]
    public async Task DeFactoUnsupportedChild_TownshipRejects_EndsRejectedWithoutCounty()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.TownshipReviewer, "reject", "母亲已返家履行抚养义务")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
        Assert.Single(s.Events.OfType<TaskOpened>());
    }

    [Fact]
    public async Task DeFactoUnsupportedChild_CountyRejects_EndsRejected()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "reject", "父亲刑期不足 6 个月")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }
}
