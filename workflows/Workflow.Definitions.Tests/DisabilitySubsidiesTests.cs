using Workflow.Engine.Ports;
using System.Text.Json.Nodes;
using Workflow.Definitions.Tests.Support;
using Workflow.Engine.Runtime.Events;
using Workflow.Engine.Runtime.Rejections;

namespace Workflow.Definitions.Tests;

/// <summary>
/// 残疾人两项补贴 (S-09): 乡镇初审 → 区残联审核 (a referral to another body) → 区民政局审批. A return moves one step
/// down; from the township it goes to the window for 补正.
/// </summary>
public sealed partial class DisabilitySubsidiesTests
{
    private const string File = "disability-subsidies.v1.json";

    private static readonly TaskAssignee OfficeAtTownship = new("民政办", "township", TestDivisions.Township, null, null);
    private static readonly TaskAssignee Dpf = new(null, "district", TestDivisions.District, TestDepartments.DisabledPersonsFederation, "区残联");
    private static readonly TaskAssignee BureauAtDistrict = new("区民政局", "district", TestDivisions.District, null, null);

    [Fact]
    public async Task DisabilitySubsidies_AllThreeStepsApprove_EndsApprovedWithDpfFindingsKept()
    {
        // Given
        var s = DefinitionScenario.For(File);

        // When: the township opens its 初审 on Monday
        var review = (await s.StartAsync()).AssertAccepted().SingleTaskOpened();

        // Then
        Assert.Equal(OfficeAtTownship, review.Assignee);
        Assert.Equal("乡镇（街道）初审", review.Title);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 9)), review.DueAt);

        // When: approved, the case is referred to 区残联
        var referral = (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted().SingleTaskOpened();

        // Then: a department task, not a post's, with ten working days
        Assert.Equal(TaskKind.Referral, referral.Kind);
        Assert.Equal(Dpf, referral.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 16)), referral.DueAt);

        // When: 区残联 replies on Thursday with its findings
        s.Time.Advance(TimeSpan.FromDays(3));
        var findings = new JsonObject { ["category"] = "重度残疾人护理补贴", ["grade"] = "一级" };
        var approval = (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "approve", "残疾证真实有效", findings)).AssertAccepted().SingleTaskOpened();

        // Then: the findings are kept, and the district approves within ten working days of Thursday
        var expected = new JsonObject { ["outcome"] = "approve", ["comment"] = "残疾证真实有效", ["data"] = findings.DeepClone() };
        Assert.True(JsonNode.DeepEquals(expected, s.Instance.Variables["dpfReview"]), s.Instance.Variables["dpfReview"]?.ToJsonString());
        Assert.Equal(BureauAtDistrict, approval.Assignee);
        Assert.Equal(ChinaTime.EndOf(new DateOnly(2026, 3, 19)), approval.DueAt);

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal(["残疾人两项补贴审批通过：自申请当月起计发，按月发放至本人账户"], s.Instance.Lines);
    }

    [Fact]
    public async Task DisabilitySubsidies_DpfRejects_EndsRejectedWithoutDistrictTask()
    {
        // Given: the case has been referred
        var s = await AtReferralAsync();

        // When
        (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "reject", "残疾等级不符合护理补贴条件")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
        Assert.DoesNotContain(s.Events.OfType<TaskOpened>(), t => t.Assignee.Post == "区民政局");
    }

    [Fact]
    public async Task DisabilitySubsidies_DistrictRejects_EndsRejected()
    {
        // Given
        var s = await AtReferralAsync();
        (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "approve")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.DistrictApprover, "reject", "申请人已享受同类护理补贴")).AssertAccepted();

        // Then
        s.AssertFinishedWith("rejected");
    }

    [Fact]
    public async Task DisabilitySubsidies_ReturnedAllTheWayDown_SupplementThenApprovedOnResubmission()
    {
        // Given: the district approval is open
        var s = await AtReferralAsync();
        (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "approve")).AssertAccepted();

        // When: each step returns the case one step down
        var backToDpf = (await s.DecideAsync(TestActor.DistrictApprover, "return", "请区残联复核残疾等级")).AssertAccepted().SingleTaskOpened();
        var backToTownship = (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "return", "缺残疾评定表")).AssertAccepted().SingleTaskOpened();
        var supplement = (await s.DecideAsync(TestActor.TownshipReviewer, "return", "请补交残疾评定表原件")).AssertAccepted().SingleTaskOpened();

        // Then
        Assert.Equal(Dpf, backToDpf.Assignee);
        Assert.Equal(OfficeAtTownship, backToTownship.Assignee);
        Assert.Equal(new TaskAssignee("窗口受理", "township", TestDivisions.Township, null, null), supplement.Assignee);
        Assert.Equal(["resubmit", "withdraw"], supplement.Outcomes);

        // When: the material arrives and every step approves again
        Assert.Equal(OfficeAtTownship, (await s.DecideAsync(TestActor.WindowClerk, "resubmit")).AssertAccepted().SingleTaskOpened().Assignee);
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        (await s.ReplyAsync(TestActor.DpfReviewer, TestDepartments.DisabledPersonsFederation, "approve")).AssertAccepted();
        (await s.DecideAsync(TestActor.DistrictApprover, "approve")).AssertAccepted();

        // Then
        s.AssertFinishedWith("approved");
        Assert.Equal(3, s.Events.OfType<TaskOpened>().Count(t => t.Assignee.DepartmentCode == TestDepartments.DisabledPersonsFederation));
    }

    [Fact]
    public async Task DisabilitySubsidies_SupplementWithdrawn_EndsWithdrawn()
    {
        // Given
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "return", "缺残疾证复印件")).AssertAccepted();

        // When
        (await s.DecideAsync(TestActor.WindowClerk, "withdraw", "申请人书面撤回申请")).AssertAccepted();

        // Then
        s.AssertFinishedWith("withdrawn");
    }

    /// <summary>Given a case the township has approved, so 区残联 has it (Monday 09:00).</summary>
    private static async Task<DefinitionScenario> AtReferralAsync()
    {
        var s = DefinitionScenario.For(File);
        (await s.StartAsync()).AssertAccepted();
        (await s.DecideAsync(TestActor.TownshipReviewer, "approve")).AssertAccepted();
        Assert.Equal(TaskKind.Referral, s.OpenTask.Opened.Kind);
        return s;
    }
}
